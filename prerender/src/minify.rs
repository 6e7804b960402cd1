//! The scripts as readers' browsers get them, minified with oxc (comments and whitespace
//! gone, local names shortened, expressions folded), as `lightningcss` minifies the
//! stylesheet: our scripts in `prerender/js/`, which keep their comments for the people
//! who read them, and wasm-bindgen's bindings, which Trunk writes unminified (its own
//! minifier cannot parse them). A script oxc cannot parse fails the build, naming it.
//! (`embed.js`, the host page's snippet, ships as written: it is ES5 for any article.)
//!
//! Invariant: **minifying never raises the JavaScript a browser needs.** The output uses
//! nothing newer than ES2020, as the sources do (`?.`, `??`): oxc would otherwise rewrite
//! into newer syntax (`a ||= b`), and an older browser would lose the page script that
//! holds the fallback.

use oxc_allocator::Allocator;
use oxc_codegen::{Codegen, CodegenOptions};
use oxc_compat::EngineTargets;
use oxc_minifier::{CompressOptions, Minifier, MinifierOptions};
use oxc_parser::Parser;
use oxc_span::SourceType;

/// The newest JavaScript the minified scripts may use (see the module's invariant).
const TARGET: &str = "es2020";

/// `source`, a module, minified; `name` is only for the error. Every script we ship is a
/// module, so its top-level names are its own and the minifier may shorten them, but for
/// its exports.
pub fn minify(name: &str, source: &str) -> Result<String, String> {
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, source, SourceType::mjs()).parse();
    if let Some(error) = parsed.errors.first() {
        return Err(format!("cannot minify {name}: {error}"));
    }
    let mut program = parsed.program;
    let target = EngineTargets::from_target(TARGET)?;
    let options = MinifierOptions {
        compress: Some(CompressOptions { target, ..CompressOptions::smallest() }),
        ..MinifierOptions::default()
    };
    let minified = Minifier::new(options).minify(&allocator, &mut program);
    Ok(Codegen::new().with_options(CodegenOptions::minify()).with_scoping(minified.scoping).build(&program).code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_whitespace_go_and_the_code_stays() {
        let source = "// Why it counts.\nfunction count(items) {\n  /* every one */\n  let total = 0;\n  for (const item of items) total += item;\n  return total;\n}\n";
        let minified = minify("count.js", &format!("{source}count([1]);\n")).unwrap();
        assert!(!minified.contains("Why") && !minified.contains("every one") && !minified.contains('\n'), "{minified}");
        assert!(!minified.contains("count("), "a module's own names are shortened: {minified}");
        assert!(minified.len() < source.len() / 2, "{minified}");
    }

    #[test]
    fn a_modules_exports_keep_their_names() {
        let minified = minify("m.js", "const internal = 2;\nexport function initSync(module) { return module * internal; }\nexport default initSync;\n").unwrap();
        assert!(minified.contains("initSync") && minified.contains("export"), "{minified}");
    }

    #[test]
    fn nothing_newer_than_es2020_is_written() {
        let minified =
            minify("or.js", "let seen = window.seen;\nif (!seen) seen = [];\nwindow.seen = seen;\n").unwrap();
        assert!(!minified.contains("||=") && !minified.contains("??="), "{minified}");
    }

    #[test]
    fn a_script_that_does_not_parse_fails_the_build_naming_it() {
        let error = minify("broken.js", "function (").unwrap_err();
        assert!(error.starts_with("cannot minify broken.js: "), "{error}");
    }
}
