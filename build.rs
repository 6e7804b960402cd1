//! Bakes the story into the binary: parses and validates `assets/story.json` (or the
//! file named by `STORY_DATA`) against `assets/article.txt`, then writes the story
//! as a Rust expression that `src/model.rs` includes as a `static` (natively the whole
//! story, in the browser `Story::for_browser`). A broken data
//! file fails the build here, with the field and the problem, never at run time.

#[path = "src/model/story.rs"]
#[allow(dead_code)]
mod story;
#[path = "src/model/template.rs"]
#[allow(dead_code)]
mod template;
#[path = "src/model/valuation.rs"]
#[allow(dead_code)]
mod valuation;

use databake::Bake;
use std::{env, fs, path::PathBuf, process};

fn main() {
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
        story::parse(&read(&data), &read(&article)).unwrap_or_else(|e| fail(&format!("{}: {e}", data.display())));

    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (name, story) in [("story.rs", story), ("browser_story.rs", story.for_browser())] {
        let out = out_dir.join(name);
        let baked = story.bake(&databake::CrateEnv::default()).to_string();
        fs::write(&out, baked).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: invalid story data: {message}");
    process::exit(1);
}
