//! The browser entry point: hydrate the prerendered story.

fn main() {
    #[cfg(browser)]
    scale_explainer::start();
    // Native builds exist for tests and the prerender step; this binary is only for the browser.
    #[cfg(ssr)]
    eprintln!("scale-explainer runs in the browser: build it with `cargo xtask serve` (see README.md)");
}

// SAFETY: wasm32-unknown-unknown without the atomics feature has exactly one thread, which is
// what `AssumeSingleThreaded` requires.
#[cfg(browser)]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
