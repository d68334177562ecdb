//! The simulated card's runtime directory is the user's own: made with
//! mode 0700, refused (exit 4, with a hint) when another user owns it, when
//! group or others can write it, when it is a symbolic link or sits in a
//! parent others can write; every file in it is mode 0600. Checked for
//! `$CAPFUSE_RUNTIME_DIR`, `$XDG_RUNTIME_DIR/capfuse` and the temporary
//! directory fallback alike.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_capfuse");

/// A scratch directory under /tmp, removed (with any daemon in it stopped)
/// on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let d = std::env::temp_dir().join(format!("capfuse-dirtest-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir(&d).unwrap();
        std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o700)).unwrap();
        Scratch(d)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        // Stop any daemon a test started under here, wherever its dir.
        for dir in [
            self.0.join("rt"),
            self.0.join("capfuse"),
            self.0.join(my_fallback()),
        ] {
            if dir.join("sim.pid").exists() {
                let _ = capfuse(&dir, &["sim", "stop"]);
            }
        }
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn uid() -> u32 {
    std::fs::metadata("/proc/self").unwrap().uid()
}

fn my_fallback() -> String {
    format!("capfuse-{}", uid())
}

fn capfuse(runtime_dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("CAPFUSE_RUNTIME_DIR", runtime_dir)
        .output()
        .expect("run capfuse")
}

fn mode(p: &Path) -> u32 {
    std::fs::symlink_metadata(p).unwrap().mode() & 0o7777
}

fn text(o: &Output) -> String {
    format!(
        "status {}\nstdout: {}\nstderr: {}",
        o.status,
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Every way in: `sim start`, `sim status`, a card command (which starts
/// the card on first use), `sim stop`, `list` and `demo` (whose private
/// card lives in the runtime directory) exit 4 with `why` and a hint, and
/// nothing is written into the directory.
fn assert_refused(env: &[(&str, &Path)], dir: &Path, why: &str) {
    let before: Vec<_> = list(dir);
    for args in [
        &["sim", "start"][..],
        &["sim", "status"],
        &["status"],
        &["sim", "stop"],
        &["list"],
        &["demo", "--pause", "0"],
    ] {
        let mut c = Command::new(BIN);
        c.args(args)
            .env_remove("CAPFUSE_RUNTIME_DIR")
            .env_remove("XDG_RUNTIME_DIR");
        for (k, v) in env {
            c.env(k, v);
        }
        let o = c.output().unwrap();
        let t = text(&o);
        assert_eq!(o.status.code(), Some(4), "capfuse {args:?}: {t}");
        assert!(t.contains(why), "capfuse {args:?} should say `{why}`: {t}");
        assert!(t.contains(&dir.display().to_string()), "{t}");
        assert!(t.contains("hint: ") && t.contains("mode 0700"), "{t}");
    }
    assert_eq!(
        list(dir),
        before,
        "nothing may be written into {}",
        dir.display()
    );
}

fn list(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|r| {
            r.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn assert_private_card(dir: &Path) {
    assert_eq!(mode(dir), 0o700, "{}", dir.display());
    for f in [
        "device-seed",
        "boot-epoch",
        "sim.pid",
        "sim.log",
        "sim.sock",
    ] {
        let p = dir.join(f);
        assert_eq!(mode(&p), 0o600, "{} has mode {:04o}", p.display(), mode(&p));
        assert_eq!(std::fs::symlink_metadata(&p).unwrap().uid(), uid());
    }
    assert_eq!(
        list(dir),
        [
            "boot-epoch",
            "device-seed",
            "sim.log",
            "sim.pid",
            "sim.sock"
        ]
    );
}

#[test]
fn a_missing_directory_is_made_0700_and_every_file_in_it_is_0600() {
    let s = Scratch::new("fresh");
    let rt = s.0.join("rt");
    let o = capfuse(&rt, &["sim", "start"]);
    assert!(o.status.success(), "{}", text(&o));
    assert_private_card(&rt);
    // Files left readable by an older version are made private again.
    let o = capfuse(&rt, &["sim", "stop"]);
    assert!(o.status.success(), "{}", text(&o));
    for f in ["device-seed", "boot-epoch", "sim.log"] {
        std::fs::set_permissions(rt.join(f), std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let o = capfuse(&rt, &["sim", "start"]);
    assert!(o.status.success(), "{}", text(&o));
    assert_private_card(&rt);
}

#[test]
fn the_temporary_directory_fallback_is_made_private_too() {
    let s = Scratch::new("fallback");
    let o = Command::new(BIN)
        .args(["sim", "start"])
        .env_remove("CAPFUSE_RUNTIME_DIR")
        .env_remove("XDG_RUNTIME_DIR")
        .env("TMPDIR", &s.0)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert_private_card(&s.0.join(my_fallback()));
}

#[test]
fn a_directory_writable_by_group_or_others_is_refused() {
    for m in [0o777, 0o770, 0o702, 0o720] {
        let s = Scratch::new(&format!("mode{m:o}"));
        let rt = s.0.join("rt");
        std::fs::create_dir(&rt).unwrap();
        std::fs::set_permissions(&rt, std::fs::Permissions::from_mode(m)).unwrap();
        assert_refused(
            &[("CAPFUSE_RUNTIME_DIR", &rt)],
            &rt,
            "writable by group or others",
        );
    }
}

#[test]
fn the_tmp_and_xdg_fallbacks_are_checked_like_the_override() {
    // Another user got there first: a world-writable capfuse-$UID in $TMPDIR.
    let s = Scratch::new("tmpfallback");
    let planted = s.0.join(my_fallback());
    std::fs::create_dir(&planted).unwrap();
    std::fs::set_permissions(&planted, std::fs::Permissions::from_mode(0o777)).unwrap();
    assert_refused(&[("TMPDIR", &s.0)], &planted, "writable by group or others");

    let s = Scratch::new("xdgfallback");
    let planted = s.0.join("capfuse");
    std::fs::create_dir(&planted).unwrap();
    std::fs::set_permissions(&planted, std::fs::Permissions::from_mode(0o757)).unwrap();
    assert_refused(
        &[("XDG_RUNTIME_DIR", &s.0)],
        &planted,
        "writable by group or others",
    );
}

#[test]
fn a_directory_of_another_user_is_refused() {
    if uid() != 0 {
        eprintln!("SKIPPED: only root can give a directory to another user (CI runs as root)");
        return;
    }
    let s = Scratch::new("owner");
    let rt = s.0.join("rt");
    std::fs::create_dir(&rt).unwrap();
    std::fs::set_permissions(&rt, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::os::unix::fs::chown(&rt, Some(65534), Some(65534)).unwrap();
    assert_refused(
        &[("CAPFUSE_RUNTIME_DIR", &rt)],
        &rt,
        "belongs to uid 65534, not to you (uid 0)",
    );
    // The same through the /tmp fallback: the squatter owns capfuse-0.
    let planted = s.0.join(my_fallback());
    std::fs::create_dir(&planted).unwrap();
    std::fs::set_permissions(&planted, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::os::unix::fs::chown(&planted, Some(65534), Some(65534)).unwrap();
    assert_refused(&[("TMPDIR", &s.0)], &planted, "belongs to uid 65534");
}

#[test]
fn a_symbolic_link_at_the_directory_is_refused() {
    // Even to a private directory of the user's own: it could be swapped.
    let s = Scratch::new("symlink");
    let real = s.0.join("real");
    std::fs::create_dir(&real).unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o700)).unwrap();
    let link = s.0.join("rt");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    assert_refused(
        &[("CAPFUSE_RUNTIME_DIR", &link)],
        &link,
        "is a symbolic link",
    );
    assert!(list(&real).is_empty());
}

#[test]
fn a_directory_in_a_parent_others_can_write_is_refused() {
    // Not sticky: another user could rename the private directory away
    // and put their own in its place.
    let s = Scratch::new("parent");
    let open = s.0.join("open");
    std::fs::create_dir(&open).unwrap();
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
    let rt = open.join("rt");
    std::fs::create_dir(&rt).unwrap();
    std::fs::set_permissions(&rt, std::fs::Permissions::from_mode(0o700)).unwrap();
    assert_refused(
        &[("CAPFUSE_RUNTIME_DIR", &rt)],
        &rt,
        "lets another user rename or replace it",
    );
    // With the sticky bit (like /tmp) it is fine.
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o1777)).unwrap();
    let o = capfuse(&rt, &["sim", "start"]);
    assert!(o.status.success(), "{}", text(&o));
    let o = capfuse(&rt, &["sim", "stop"]);
    assert!(o.status.success(), "{}", text(&o));
}
