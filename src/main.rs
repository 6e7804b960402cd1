//! The browser entry point: hydrate the prerendered story.

fn main() {
    #[cfg(target_arch = "wasm32")]
    scale_explainer::start();
    // Native builds exist for tests and the prerender step; this binary is only for the browser.
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("scale-explainer runs in the browser: build it with `cargo xtask serve` (see README.md)");
}

// SAFETY: wasm32-unknown-unknown without the atomics feature has exactly one thread, which is
// what `AssumeSingleThreaded` requires.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
