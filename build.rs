//! Bakes the story into the binary: parses and validates `assets/story.json` (or the
//! file named by `STORY_DATA`) against `assets/article.txt` with the `scale-story` crate,
//! then writes it as a Rust expression that `src/model.rs` includes as a `static`: for the
//! browser only its `BrowserStory`, natively the whole story as well. A broken data file
//! fails the build here, with the field and the problem, never at run time.
//!
//! It also names the two builds' cfgs by intent (`cfg_aliases`): `browser` for the wasm
//! that hydrates the page, `ssr` for the native build that prerenders it and runs tests.

use databake::Bake;
use std::{env, fs, path::PathBuf, process};

fn main() {
    cfg_aliases::cfg_aliases! {
        browser: { target_arch = "wasm32" },
        ssr: { not(target_arch = "wasm32") },
    }

    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let data = env::var_os("STORY_DATA").map_or_else(|| manifest.join("assets/story.json"), PathBuf::from);
    let article = manifest.join("assets/article.txt");
    println!("cargo:rerun-if-env-changed=STORY_DATA");
    println!("cargo:rerun-if-changed={}", data.display());
    println!("cargo:rerun-if-changed={}", article.display());

    let read = |path: &PathBuf| {
        fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())))
    };
    let story =
        scale_story::parse(&read(&data), &read(&article)).unwrap_or_else(|e| fail(&format!("{}: {e}", data.display())));

    let env = databake::CrateEnv::default();
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let write = |name: &str, baked: String| {
        let out = out_dir.join(name);
        fs::write(&out, baked).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
    };
    write("browser_story.rs", story.browser().bake(&env).to_string());
    // Only the prerender and the tests get the whole story; the wasm never includes it.
    if env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32") {
        write("story.rs", story.bake(&env).to_string());
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: invalid story data: {message}");
    process::exit(1);
}
