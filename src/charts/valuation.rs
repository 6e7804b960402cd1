//! The explorable valuation: what the same money implies the whole company is worth.

use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

use super::{drawing, filled, palette, text, ChartError, Svg, WIDTH};
use crate::model::{
    story::{Money, Valuation},
    template::fill,
    valuation,
};

const BAR: i32 = 28;
/// Where the two bars start, each below its label: the money paid, and what it implies.
const PAID_TOP: i32 = 22;
const IMPLIED_TOP: i32 = 84;

/// Two bars, the money paid and the valuation it implies at `stake_percent`, on an axis
/// that rescales to fit, with what the deal's own stake implies marked by a dashed line.
/// All of it is our arithmetic, and `words` label it so.
pub fn draw(
    investment: f64,
    stake_percent: u32,
    deal_stake_percent: u32,
    words: &Valuation,
    money: &Money,
) -> Result<Svg, ChartError> {
    let implied = valuation::implied_valuation(investment, f64::from(stake_percent));
    let deal = valuation::implied_valuation(investment, f64::from(deal_stake_percent));
    let axis_max = implied.max(deal) * 1.08;
    let width = f64::from(WIDTH) - 2.0;
    let x_of = |value: f64| (value / axis_max * width).round() as i32 + 1;
    // The money's label names no stake: at the reader's, it bought none.
    let paid_label = fill(words.chart_paid, &[("investment", &money.short(investment))]);
    let worth_label = fill(words.chart_implied, &[("implied", &money.short(implied))]);
    let deal_label =
        fill(words.chart_deal, &[("stake", &money.percent(deal_stake_percent)), ("implied", &money.short(deal))]);
    drawing((WIDTH, 170), |area| {
        area.draw(&text(&paid_label, (0, 0), FontStyle::Normal, &palette::TEXT, HPos::Left))?;
        area.draw(&Rectangle::new([(1, PAID_TOP), (x_of(investment), PAID_TOP + BAR)], filled(palette::META)))?;
        area.draw(&text(&worth_label, (0, 62), FontStyle::Bold, &palette::TEXT, HPos::Left))?;
        area.draw(&Rectangle::new([(1, IMPLIED_TOP), (x_of(implied), IMPLIED_TOP + BAR)], filled(palette::REST)))?;
        // The mark is drawn across the two bars and below them, never across the labels
        // above the bars: for a small stake it would cross their text.
        let x = x_of(deal).min(WIDTH as i32 - 2);
        for y in (PAID_TOP..126).step_by(8).filter(|y| !(PAID_TOP + BAR..IMPLIED_TOP).contains(y)) {
            area.draw(&PathElement::new(vec![(x, y), (x, y + 4)], palette::TEXT.stroke_width(2)))?;
        }
        // The label is as wide as most of the chart: set beside the mark, it would run off
        // the edge for a mark near the middle. It starts at the edge on the mark's side.
        let (at, anchor) = if x > WIDTH as i32 / 2 { (WIDTH as i32 - 1, HPos::Right) } else { (0, HPos::Left) };
        area.draw(&text(&deal_label, (at, 132), FontStyle::Normal, &palette::MUTED, anchor))?;
        Ok(())
    })
}

// Natively, where the drawing is written as markup; the browser's is tested in tests/browser.rs.
#[cfg(all(test, ssr))]
mod tests {
    use super::*;
    use crate::charts::texts;

    fn draw_at(stake_percent: u32) -> String {
        let story = &crate::model::BROWSER_STORY;
        draw(14_300.0, stake_percent, 49, &story.valuation, &story.interface.money).unwrap().markup()
    }

    #[test]
    fn at_the_deals_stake_the_arithmetic_implies_about_29_billion() {
        let svg = draw_at(49);
        assert!(texts(&svg).contains(&"$14.3B invested"));
        assert!(texts(&svg).contains(&"Our arithmetic: about $29.2B"));
        assert!(
            texts(&svg).contains(&"At 49%, ours: about $29.2B"),
            "the mark is our arithmetic at the deal's stake, not the deal's value"
        );
    }

    #[test]
    fn a_smaller_stake_implies_a_bigger_company_and_keeps_the_deal_marked() {
        let svg = draw_at(5);
        assert!(texts(&svg).contains(&"Our arithmetic: about $286B"));
        assert!(texts(&svg).contains(&"At 49%, ours: about $29.2B"));
        // The money is what was invested; no label says it bought a stake the deal did not.
        assert!(texts(&svg).contains(&"$14.3B invested"));
        assert!(!texts(&svg).iter().any(|text| text.contains("$14.3B") && text.contains("5%")), "{svg}");
    }

    #[test]
    fn the_deals_mark_never_crosses_the_labels_above_the_bars() {
        // Between the first bar's bottom and the second bar's top is the arithmetic's label;
        // for a small stake the mark stands right over its text.
        for stake in [5, 20, 35, 49, 100] {
            let svg = draw_at(stake);
            let dashes: Vec<(i32, i32)> = svg
                .split("<polyline ")
                .skip(1)
                .map(|dash| {
                    let points = dash.split("points=\"").nth(1).unwrap().split('"').next().unwrap();
                    let ys: Vec<i32> =
                        points.split(' ').map(|point| point.split(',').nth(1).unwrap().parse().unwrap()).collect();
                    (ys[0], ys[1])
                })
                .collect();
            assert!(dashes.len() > 4, "{stake}%: the mark is drawn");
            for (top, bottom) in dashes {
                assert!(top >= PAID_TOP, "{stake}%: a dash at {top} crosses the label above the first bar");
                assert!(
                    bottom <= PAID_TOP + BAR || top >= IMPLIED_TOP,
                    "{stake}%: a dash at {top}..{bottom} crosses the arithmetic's label"
                );
            }
        }
    }

    #[test]
    fn the_implied_bar_is_longer_than_the_money_paid_below_100_percent() {
        let svg = draw_at(25);
        let widths: Vec<i32> = svg
            .split("<rect ")
            .skip(1)
            .filter_map(|rect| rect.split("width=\"").nth(1)?.split('"').next()?.parse().ok())
            .collect();
        assert_eq!(widths.len(), 2);
        assert!(widths[1] > 3 * widths[0], "{widths:?}");
    }
}
