//! Reading and writing one parameter of a URL query string (`?sort=concern-desc&x=1`).
//!
//! Values are compared as written: the widget's own values are plain ASCII words, so an
//! encoded or odd value simply matches nothing and is ignored.

/// The value of the first `key=…` in `query` (with or without the leading `?`).
pub fn get<'a>(query: &'a str, key: &str) -> Option<&'a str> {
    pairs(query).find(|(k, _)| *k == key).map(|(_, value)| value)
}

/// `query` with `key` set to `value`, or removed when `value` is `None`; every other
/// parameter is kept as it was, in order. Returns "" or "?…", ready for a URL.
pub fn set(query: &str, key: &str, value: Option<&str>) -> String {
    let mut kept: Vec<String> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty() && part.split('=').next() != Some(key))
        .map(str::to_owned)
        .collect();
    if let Some(value) = value {
        kept.push(format!("{key}={value}"));
    }
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

/// Every `name=value` pair in `query`, in order (a bare `name` has an empty value).
pub fn pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| part.split_once('=').unwrap_or((part, "")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_parameter_with_or_without_the_question_mark() {
        assert_eq!(get("?sort=concern-desc", "sort"), Some("concern-desc"));
        assert_eq!(get("theme=dark&sort=aspect-asc", "sort"), Some("aspect-asc"));
        assert_eq!(get("?sorted=x", "sort"), None);
        assert_eq!(get("", "sort"), None);
        assert_eq!(get("?sort", "sort"), Some(""));
    }

    #[test]
    fn setting_keeps_every_other_parameter() {
        assert_eq!(set("?theme=dark&childId=a", "sort", Some("aspect-asc")), "?theme=dark&childId=a&sort=aspect-asc");
        assert_eq!(set("?sort=aspect-asc&theme=dark", "sort", Some("impact-desc")), "?theme=dark&sort=impact-desc");
        assert_eq!(set("?sort=aspect-asc", "sort", None), "");
        assert_eq!(set("", "sort", None), "");
        assert_eq!(set("?a=1&&sort=x", "sort", None), "?a=1");
    }
}
