//! Sentences with live figures in them: "{current} of {total}" in the data, "3 of 8" on the page.
//!
//! The build script checks every template in the story against the placeholders its field
//! may use (`check`, with the `build` feature), so `fill` can stay tiny: a name it
//! does not know, or a brace left open, cannot reach the browser.

/// `template` with each `{name}` replaced by its value in `values`. A name with no value
/// is dropped: the build has already refused any template with one, so the browser
/// carries no code for them.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut filled = String::new();
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        let (name, tail) = after.split_once('}').unwrap_or((after, ""));
        filled.push_str(before);
        for (known, value) in values {
            if *known == name {
                filled.push_str(value);
            }
        }
        rest = tail;
    }
    filled + rest
}

/// Checks that `text` uses exactly the placeholders in `expected`: none unknown, none
/// missing, none left open. The problem, if any, is worded for the person editing the data.
#[cfg(feature = "build")]
pub fn check(text: &str, expected: &[&str]) -> Result<(), String> {
    let mut used = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Err(format!("has a “{{” with no “}}”: {text:?}"));
        };
        let name = &after[..close];
        if !expected.contains(&name) {
            let known = if expected.is_empty() {
                "this text takes no placeholders".to_owned()
            } else {
                format!("it may use {}", listed(expected))
            };
            return Err(format!("unknown placeholder {{{name}}}: {known}"));
        }
        used.push(name);
        rest = &after[close + 1..];
    }
    match expected.iter().find(|name| !used.contains(name)) {
        Some(missing) => Err(format!("missing placeholder {{{missing}}}: it must use {}", listed(expected))),
        None => Ok(()),
    }
}

#[cfg(feature = "build")]
fn listed(names: &[&str]) -> String {
    names.iter().map(|name| format!("{{{name}}}")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_wherever_they_stand() {
        assert_eq!(fill("{current} of {total}", &[("current", "3"), ("total", "8")]), "3 of 8");
        assert_eq!(fill("Next: {heading}", &[("heading", "Who gains")]), "Next: Who gains");
        assert_eq!(fill("${amount}B", &[("amount", "14.3")]), "$14.3B");
        assert_eq!(fill("{a}{a}", &[("a", "x")]), "xx");
        assert_eq!(fill("no placeholders", &[("a", "x")]), "no placeholders");
    }

    #[test]
    fn what_the_build_would_refuse_is_dropped_not_shown() {
        assert_eq!(fill("{unknown} and {a}", &[("a", "x")]), " and x");
        assert_eq!(fill("open {a", &[("a", "x")]), "open x", "a brace left open is dropped");
    }

    #[test]
    fn values_are_not_filled_again() {
        assert_eq!(fill("{a} {b}", &[("a", "{b}"), ("b", "y")]), "{b} y");
    }

    #[test]
    #[cfg(feature = "build")]
    fn a_template_must_use_exactly_its_placeholders() {
        assert_eq!(check("{current} of {total}", &["current", "total"]), Ok(()));
        assert_eq!(check("Previous", &[]), Ok(()));
        let unknown = check("{current} of {totl}", &["current", "total"]).unwrap_err();
        assert!(unknown.starts_with("unknown placeholder {totl}: it may use {current}, {total}"), "{unknown}");
        let missing = check("{current} of 8", &["current", "total"]).unwrap_err();
        assert!(missing.starts_with("missing placeholder {total}"), "{missing}");
        let none = check("Hello {name}", &[]).unwrap_err();
        assert!(none.contains("takes no placeholders"), "{none}");
        assert!(check("{current of {total}", &["current", "total"]).unwrap_err().contains("unknown placeholder"));
        assert!(check("{current} of {total", &["current", "total"]).unwrap_err().contains("no “}”"));
    }
}
