//! The project's one entry point, so a fresh machine needs nothing but Rust, Node and npm:
//!
//! - `cargo xtask serve`: install what is missing, then build and serve the widget with hot reload;
//! - `cargo xtask test`: install what is missing, check formatting and lints, then run every test tier;
//! - `cargo xtask bench`: build the release and print its size and speed figures;
//! - `cargo xtask setup`: only the installs.
//!
//! Every install happens in `setup`, is checked first and skipped when the right version is
//! present, and says what it installs and why before it starts.

use std::{
    env,
    ffi::OsString,
    fs,
    path::{Path, PathBuf},
    process::{self, Command},
};

const TRUNK_VERSION: &str = "0.21.14";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

fn main() {
    let task = env::args().nth(1).unwrap_or_default();
    let root = project_root();
    let result = match task.as_str() {
        "setup" => setup(&root),
        "serve" => setup(&root).and_then(|()| serve(&root)),
        "test" => setup(&root).and_then(|()| test(&root)),
        "bench" => setup(&root).and_then(|()| bench(&root)),
        _ => Err("usage: cargo xtask serve | test | bench | setup".to_owned()),
    };
    if let Err(message) = result {
        eprintln!("xtask: {message}");
        process::exit(1);
    }
}

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the project root").to_path_buf()
}

fn setup(root: &Path) -> Result<(), String> {
    let installed_targets = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !installed_targets.lines().any(|line| line.trim() == WASM_TARGET) {
        installing(&format!("the {WASM_TARGET} Rust target"));
        run(Command::new("rustup").args(["target", "add", WASM_TARGET]))?;
    }

    for component in ["rustfmt", "clippy"] {
        let checker = if component == "clippy" { "cargo-clippy" } else { "rustfmt" };
        if output(checker, &["--version"]).is_none() {
            installing(&format!("the {component} Rust component"));
            run(Command::new("rustup").args(["component", "add", component]))?;
        }
    }

    if !reports_version("trunk", &format!("trunk {TRUNK_VERSION}")) {
        installing(&format!("Trunk {TRUNK_VERSION} (about 7 minutes on 2 cores)"));
        run(Command::new("cargo").args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]))?;
    }

    // The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
    let bindgen = locked_version(root, "wasm-bindgen")?;
    if !reports_version("wasm-bindgen", &format!("wasm-bindgen {bindgen}")) {
        installing(&format!("the wasm-bindgen CLI {bindgen}, the version Cargo.lock pins"));
        // `--locked` fails on this registry: a locked dependency of the CLI is missing from the index.
        run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &bindgen]))?;
    }

    if !Path::new(CHROMIUM).exists() || !Path::new(CHROMEDRIVER).exists() {
        installing("Chromium and chromedriver from Debian's packages (apt-get)");
        install_chromium()?;
    }

    // npm leaves this file behind after installing from the lock file; a newer lock means stale modules.
    let installed = root.join("node_modules/.package-lock.json");
    if modified(&installed) < modified(&root.join("package-lock.json")) {
        installing("the test and build tools in package-lock.json (npm ci)");
        run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(root))?;
    }
    Ok(())
}

fn installing(what: &str) {
    println!("xtask setup: installing {what}, which is missing");
}

fn install_chromium() -> Result<(), String> {
    let packages = ["install", "-y", "--no-install-recommends", "chromium", "chromium-driver"];
    let as_root = output("id", &["-u"]).is_some_and(|uid| uid.trim() == "0");
    let apt = |args: &[&str]| {
        let mut command = if as_root { Command::new("apt-get") } else { Command::new("sudo") };
        if !as_root {
            command.arg("apt-get");
        }
        run(command.args(args).env("DEBIAN_FRONTEND", "noninteractive"))
    };
    apt(&["update"])?;
    apt(&packages)
        .map_err(|e| format!("{e}\n(Chromium comes from Debian's packages: apt-get install chromium chromium-driver)"))
}

fn serve(root: &Path) -> Result<(), String> {
    println!("Serving on http://127.0.0.1:8080/ (Ctrl-C stops)");
    run(tool(root, "trunk").args(["serve", "--address", "127.0.0.1", "--port", "8080"]))
}

fn test(root: &Path) -> Result<(), String> {
    println!("== 0/3 formatting and lints");
    run(tool(root, "cargo").args(["fmt", "--all", "--check"]))?;
    run(tool(root, "cargo").args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))?;
    run(tool(root, "cargo")
        .args(["clippy", "--package", "scale-explainer", "--target", WASM_TARGET, "--lib", "--tests"])
        .args(["--", "-D", "warnings"]))?;

    println!("== 1/3 native unit tests");
    run(tool(root, "cargo").args(["test", "--workspace"]))?;

    println!("== 2/3 browser tests (wasm-bindgen-test in headless Chromium)");
    run(tool(root, "cargo")
        .args(["test", "--package", "scale-explainer", "--target", WASM_TARGET, "--test", "browser"])
        .env("CHROMEDRIVER", CHROMEDRIVER))?;

    println!("== 3/3 end-to-end tests against the release dist/");
    run(tool(root, "trunk").args(["build", "--release"]))?;
    run(tool(root, "node").args(["--test", "--test-concurrency=1", "e2e/"]).env("CHROMIUM", CHROMIUM))
}

fn bench(root: &Path) -> Result<(), String> {
    run(tool(root, "trunk").args(["build", "--release"]))?;
    run(tool(root, "node").arg("bench/bench.mjs").env("CHROMIUM", CHROMIUM))
}

/// A command run in the project root with the project's tools first on PATH.
fn tool(root: &Path, program: &str) -> Command {
    let mut paths = vec![root.join("node_modules/.bin")];
    if let Some(home) = env::var_os("HOME") {
        paths.push(PathBuf::from(home).join(".cargo/bin"));
    }
    paths.extend(env::split_paths(&env::var_os("PATH").unwrap_or_default()));
    let path: OsString = env::join_paths(paths).unwrap_or_default();
    let mut command = Command::new(program);
    command.current_dir(root).env("PATH", path);
    if let Some(flags) = wasm_rustflags() {
        command.env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", flags);
    }
    command
}

/// Shorter panic locations in the wasm. It keeps the file path of every place that can
/// panic, and a dependency's path starts with Cargo's registry directory
/// (`/root/.cargo/registry/src/index.crates.io-…/`): 1.8 kB of the wasm's brotli bytes,
/// which remapping it to nothing ("yew-0.23.0/src/…") saves. Only the wasm target's flags,
/// so native builds are untouched. (Stable Rust cannot drop the locations altogether.)
fn wasm_rustflags() -> Option<String> {
    let cargo_home = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| Some(PathBuf::from(env::var_os("HOME")?).join(".cargo")))?;
    let registries = fs::read_dir(cargo_home.join("registry/src")).ok()?;
    let flags: Vec<String> = registries
        .flatten()
        .filter_map(|entry| entry.path().to_str().map(str::to_owned))
        // Flags in this variable are separated by spaces.
        .filter(|dir| !dir.contains(' '))
        .map(|dir| format!("--remap-path-prefix={dir}/="))
        .collect();
    (!flags.is_empty()).then(|| flags.join(" "))
}

fn run(command: &mut Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    let status = command.status().map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// Whether `program --version` prints exactly `expected`.
fn reports_version(program: &str, expected: &str) -> bool {
    output(program, &["--version"]).is_some_and(|version| version.trim() == expected)
}

/// A program's standard output, or `None` when it is missing or fails.
fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// The version Cargo.lock pins for `package`.
fn locked_version(root: &Path, package: &str) -> Result<String, String> {
    let lock = fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    lock_entry_version(&lock, package).ok_or_else(|| format!("Cargo.lock has no {package} entry"))
}

fn lock_entry_version(lock: &str, package: &str) -> Option<String> {
    let header = format!("name = \"{package}\"\nversion = \"");
    let start = lock.find(&header)? + header.len();
    let end = lock[start..].find('"')?;
    Some(lock[start..start + end].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_exact_package_not_one_whose_name_it_prefixes() {
        let lock = "[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"9.9.9\"\n\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(lock_entry_version(lock, "wasm-bindgen").as_deref(), Some("0.2.130"));
        assert_eq!(lock_entry_version(lock, "trunk"), None);
    }
}
