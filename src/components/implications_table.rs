//! The article's table of what the deal means for Scale AI and for its clients.

use yew::prelude::*;

use crate::model::story::Implications;

#[derive(Properties, PartialEq)]
pub struct ImplicationsTableProps {
    pub implications: &'static Implications<'static>,
}

#[function_component]
pub fn ImplicationsTable(props: &ImplicationsTableProps) -> Html {
    let implications = props.implications;
    html! {
        <table class="sx-table">
            <caption>{ implications.caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Aspect" }</th>
                    <th scope="col">{ "Impact on Scale AI" }</th>
                    <th scope="col">{ "Client concerns" }</th>
                </tr>
            </thead>
            <tbody>
                { for implications.rows.iter().map(|row| html! {
                    <tr key={row.aspect}>
                        <th scope="row">{ row.aspect }</th>
                        <td>{ row.impact }</td>
                        <td>{ row.concern }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
