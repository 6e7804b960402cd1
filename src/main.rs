//! The browser entry point: hydrate the prerendered story.

fn main() {
    #[cfg(target_arch = "wasm32")]
    scale_explainer::start();
    // Native builds exist for tests and the prerender step; this binary is only for the browser.
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("scale-explainer runs in the browser: build it with `cargo xtask serve` (see README.md)");
}
