//! `capfuse completions SHELL` and `capfuse man [--out DIR]`: the shell
//! completion script and the manual pages, generated from the same clap
//! definitions the command line is parsed with, so they never go stale.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;

use crate::error::{CliError, Result};
use crate::Ctx;

/// `completions` arguments.
#[derive(clap::Args)]
pub struct CompletionsArgs {
    /// The shell to write the completion script for.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: Shell,
}

/// `man` arguments.
#[derive(clap::Args)]
pub struct ManArgs {
    /// Write `capfuse.1` and one page per subcommand (`capfuse-grant-sign.1`,
    /// ...) into this directory (made if missing; existing pages are
    /// replaced) instead of printing `capfuse.1` on stdout.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// Prints the completion script for `a.shell` on stdout.
pub fn completions(ctx: &Ctx, a: CompletionsArgs) -> Result<()> {
    no_json(ctx, "completions")?;
    let mut cmd = crate::Cli::command();
    // Into memory first: the generator panics on a write error.
    let mut script = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "capfuse", &mut script);
    to_stdout(&script, "the completion script")
}

/// Prints `capfuse.1`, or writes every page into `--out`.
pub fn man(ctx: &Ctx, a: ManArgs) -> Result<()> {
    no_json(ctx, "man")?;
    // `help` is clap's, not ours: no page for it.
    let mut cmd = crate::Cli::command().disable_help_subcommand(true);
    cmd.build();
    match a.out {
        None => {
            let mut page = Vec::new();
            clap_mangen::Man::new(cmd)
                .render(&mut page)
                .map_err(|e| write_error("the man page", &e))?;
            to_stdout(&page, "the man page")
        }
        Some(dir) => {
            let pages = write_pages(cmd, &dir)?;
            println!(
                "{}: {pages} pages (capfuse.1 and one per subcommand); read one with `man -l {}`",
                dir.display(),
                dir.join("capfuse.1").display()
            );
            Ok(())
        }
    }
}

/// Writes the page of `cmd` and, recursively, of each visible subcommand
/// (named `capfuse-grant-sign.1` and so on); returns how many.
fn write_pages(cmd: clap::Command, dir: &Path) -> Result<usize> {
    std::fs::create_dir_all(dir).map_err(|e| {
        CliError::usage(format!("cannot make {}: {e}", dir.display()))
            .hint("give `--out` a directory you can write to")
    })?;
    page_tree(cmd, dir).map_err(|e| {
        CliError::new(
            crate::error::exit::FAILURE,
            format!("cannot write the man pages into {}: {e}", dir.display()),
        )
        .hint("give `--out` a directory you can write to")
    })
}

fn page_tree(cmd: clap::Command, dir: &Path) -> std::io::Result<usize> {
    let mut pages = 0;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned() {
        pages += page_tree(sub, dir)?;
    }
    clap_mangen::Man::new(cmd).generate_to(dir)?;
    Ok(pages + 1)
}

fn no_json(ctx: &Ctx, what: &str) -> Result<()> {
    if ctx.json {
        return Err(CliError::usage(format!("{what} has no JSON output"))
            .hint(format!("run `capfuse {what}` without --json")));
    }
    Ok(())
}

/// Writes `bytes` to stdout, a failed write (a full disk) being an error
/// with a message; a reader that stopped early (`| head`) ends the process
/// by SIGPIPE, as for every command (main restores its default).
fn to_stdout(bytes: &[u8], what: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(|e| write_error(what, &e))
}

fn write_error(what: &str, e: &std::io::Error) -> CliError {
    CliError::new(
        crate::error::exit::FAILURE,
        format!("cannot write {what}: {e}"),
    )
}
