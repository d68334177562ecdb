//! The completion scripts and man pages, checked with the real tools that
//! read them: bash completes, zsh and fish parse, groff renders without a
//! warning. A missing tool fails with the command that installs it.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_capfuse");

/// Fails the test, naming the install script, when `tool` is not on PATH.
fn require(tool: &str) {
    let found = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).any(|d| d.join(tool).is_file()))
        .unwrap_or(false);
    assert!(
        found,
        "`{tool}` is not installed: run scripts/install-tools.sh (as root on Debian 12), \
         which installs zsh, fish, groff and man-db for these tests"
    );
}

fn capfuse(args: &[&str]) -> Output {
    let o = Command::new(BIN).args(args).output().expect("run capfuse");
    assert!(
        o.status.success(),
        "capfuse {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

fn scratch(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("capfuse-compl-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The subcommands `capfuse [SUB] --help` lists under "Commands:".
fn subcommands(path: &[&str]) -> Vec<String> {
    let mut args = path.to_vec();
    args.push("--help");
    let help = String::from_utf8(capfuse(&args).stdout).unwrap();
    let Some((_, rest)) = help.split_once("Commands:\n") else {
        return Vec::new();
    };
    rest.lines()
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|n| *n != "help")
        .map(str::to_string)
        .collect()
}

/// Completes `words` (the last one partly typed) with the function the
/// script registers for `capfuse`, in a real bash.
fn bash_complete(script: &Path, words: &[&str]) -> Vec<String> {
    let line = words.join(" ");
    let program = format!(
        r#"source '{script}' || exit 3
spec=$(complete -p capfuse) || {{ echo "no completion registered for capfuse" >&2; exit 4; }}
func=$(printf '%s\n' "$spec" | sed -n 's/.*-F \([^ ]*\).*/\1/p')
COMP_WORDS=({words})
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE='{line}'
COMP_POINT=${{#COMP_LINE}}
"$func" capfuse "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}"
"#,
        script = script.display(),
        words = words.join(" "),
    );
    let o = Command::new("bash")
        .args(["--noprofile", "--norc", "-c", &program])
        .output()
        .expect("run bash");
    assert!(
        o.status.success(),
        "bash completion of {words:?} failed ({}): {}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_subcommands_and_their_values() {
    require("bash");
    let dir = scratch("bash");
    let script = dir.join("capfuse.bash");
    std::fs::write(&script, capfuse(&["completions", "bash"]).stdout).unwrap();
    let mut li = bash_complete(&script, &["capfuse", "li"]);
    li.sort();
    assert_eq!(li, ["limit", "list"]);
    let ledger = bash_complete(&script, &["capfuse", "ledger", "v"]);
    assert_eq!(ledger, ["verify"]);
    let shells = bash_complete(&script, &["capfuse", "completions", "z"]);
    assert_eq!(shells, ["zsh"]);
    // Every top-level subcommand is offered for an empty word.
    let all = bash_complete(&script, &["capfuse", "''"]);
    for sub in subcommands(&[]) {
        assert!(all.contains(&sub), "{sub} not offered: {all:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn zsh_and_fish_parse_their_scripts() {
    let dir = scratch("shells");
    for (shell, check) in [("zsh", vec!["-n"]), ("fish", vec!["--no-execute"])] {
        require(shell);
        let script = dir.join(format!("capfuse.{shell}"));
        let text = capfuse(&["completions", shell]).stdout;
        assert!(
            String::from_utf8_lossy(&text).contains("limit"),
            "{shell} script names no subcommand"
        );
        std::fs::write(&script, text).unwrap();
        let o = Command::new(shell)
            .args(&check)
            .arg(&script)
            .output()
            .unwrap();
        assert!(
            o.status.success() && o.stderr.is_empty(),
            "{shell} {check:?} rejects the script: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    // A broken script is caught by the same check (the check can fail).
    let broken = dir.join("broken.zsh");
    std::fs::write(&broken, "_capfuse() { if [[ x ]]; then\n").unwrap();
    assert!(!Command::new("zsh")
        .arg("-n")
        .arg(&broken)
        .status()
        .unwrap()
        .success());
    let _ = std::fs::remove_dir_all(&dir);
}

/// Renders a page with groff, warnings on; returns the text.
fn render(page: &Path) -> String {
    let o = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww"])
        .arg(page)
        .output()
        .expect("run groff");
    assert!(
        o.status.success() && o.stderr.is_empty(),
        "groff warns on {}: {}",
        page.display(),
        String::from_utf8_lossy(&o.stderr)
    );
    // Drop the overstrike bold/underline so words can be searched for.
    let raw = String::from_utf8(o.stdout).unwrap();
    let mut text = String::new();
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if chars.peek() == Some(&'\u{8}') {
            chars.next();
            continue;
        }
        text.push(c);
    }
    text
}

#[test]
fn man_pages_render_without_warnings_and_cover_every_subcommand() {
    require("groff");
    let dir = scratch("man");
    capfuse(&["man", "--out", dir.to_str().unwrap()]);
    let top = render(&dir.join("capfuse.1"));
    let subs = subcommands(&[]);
    assert!(subs.len() >= 15, "{subs:?}");
    for sub in &subs {
        assert!(
            top.contains(&format!("capfuse-{sub}(1)")),
            "capfuse.1 does not mention {sub}"
        );
        let page = dir.join(format!("capfuse-{sub}.1"));
        assert!(page.is_file(), "no page {}", page.display());
        render(&page);
        for nested in subcommands(&[sub]) {
            let page = dir.join(format!("capfuse-{sub}-{nested}.1"));
            assert!(page.is_file(), "no page {}", page.display());
            let text = render(&page);
            assert!(text.contains(&format!("capfuse-{sub}-{nested}")), "{text}");
        }
    }
    // `capfuse man` alone prints the top page, as `man -l -` reads it.
    let stdout = String::from_utf8(capfuse(&["man"]).stdout).unwrap();
    let written = std::fs::read_to_string(dir.join("capfuse.1")).unwrap();
    assert!(
        stdout == written,
        "`capfuse man` differs from --out's capfuse.1"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn man_page_reads_with_man() {
    require("man");
    let dir = scratch("manl");
    let page = dir.join("capfuse.1");
    std::fs::write(&page, capfuse(&["man"]).stdout).unwrap();
    let o = Command::new("man")
        .arg("-l")
        .arg(&page)
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "100")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("capfuse-attest(1)"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_reader_that_stops_early_ends_it_quietly_and_a_full_disk_is_an_error() {
    require("bash");
    // The reader is gone before capfuse writes: SIGPIPE ends it, as it ends
    // any filter (bash reports 128 + 13), with nothing on stderr.
    for args in ["completions zsh", "completions bash", "man"] {
        let o = Command::new("bash")
            .args([
                "--noprofile",
                "--norc",
                "-c",
                &format!("set -o pipefail; {{ sleep 0.3; '{BIN}' {args}; }} | true"),
            ])
            .output()
            .unwrap();
        let e = String::from_utf8_lossy(&o.stderr);
        assert!(
            o.status.code() == Some(128 + libc::SIGPIPE) && e.is_empty(),
            "{args} | (closed): {} {e}",
            o.status
        );
    }
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let o = Command::new(BIN)
        .args(["completions", "fish"])
        .stdout(full)
        .output()
        .unwrap();
    let e = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{e}");
    assert!(e.contains("cannot write the completion script"), "{e}");
}
