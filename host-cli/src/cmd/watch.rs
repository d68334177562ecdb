//! `capfuse watch`: a live view refreshing every 500 ms.
//!
//! On a terminal it takes the alternate screen and raw mode (crossterm) so
//! that a single `q` quits without Enter and Ctrl-C arrives as a key,
//! letting it restore the terminal on the way out. Elsewhere (a pipe, a
//! test) it prints one frame per refresh.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use crossterm::{cursor, execute, terminal};

use capfuse_driver::Status;

use crate::cmd::status::{ratio, render, state_line};
use crate::error::Result;
use crate::numbers::group;
use crate::output::{self, schema};
use crate::Ctx;

/// Arguments of `watch`.
#[derive(clap::Args)]
pub struct Args {
    /// Refresh period in milliseconds (50 to 3600000).
    #[arg(long, default_value_t = 500, value_name = "MS",
          value_parser = clap::value_parser!(u64).range(50..=3_600_000))]
    pub interval: u64,
    /// Stop after this many refreshes, at least 1 (default: until q or
    /// Ctrl-C).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,
}

/// Restores the terminal however `watch` ends.
struct RawGuard;

impl Drop for RawGuard {
    fn drop(&mut self) {
        let _ = terminal::disable_raw_mode();
        let _ = execute!(
            std::io::stdout(),
            terminal::LeaveAlternateScreen,
            cursor::Show
        );
    }
}

fn rate(now: u128, then: u128, secs: f64) -> String {
    if secs <= 0.0 {
        return "-".into();
    }
    group(((now.saturating_sub(then)) as f64 / secs) as u128)
}

fn frame(r: &Status, prev: Option<&(Status, Instant)>, device: &str) -> String {
    let mut s = format!("capfuse watch - {device} - q or Ctrl-C quits\n\n");
    s.push_str(&format!("{:<18}{}\n", "state", state_line(r)));
    s.push_str(&format!(
        "{:<18}{}\n",
        "ratio in force",
        ratio(r.effective_ratio())
    ));
    if let Some((p, t)) = prev {
        let secs = t.elapsed().as_secs_f64();
        s.push_str(&format!(
            "{:<18}{} work units/s, {} cycles/s\n",
            "rates",
            rate(r.counters.cum_work, p.counters.cum_work, secs),
            rate(r.counters.cycle.into(), p.counters.cycle.into(), secs)
        ));
        let (now, then) = (&r.counters, &p.counters);
        let dc = now.cycle.saturating_sub(then.cycle).max(1) as f64;
        let de = now.enabled_cycles.saturating_sub(then.enabled_cycles) as f64;
        s.push_str(&format!(
            "{:<18}{:.1} % of cycles enabled since last refresh\n",
            "duty",
            de * 100.0 / dc
        ));
    }
    s.push('\n');
    s.push_str(&render(r, device));
    s
}

/// Runs `watch`; a closed pipe (`capfuse watch | head`) ends it quietly.
pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    match watch(ctx, a) {
        Err(e) if e.message.contains("Broken pipe") => Ok(()),
        r => r,
    }
}

fn watch(ctx: &Ctx, a: Args) -> Result<()> {
    let mut fuse = ctx.device.open()?;
    let device = fuse.describe();
    let tty = std::io::stdout().is_terminal() && a.count.is_none();
    let _guard = if tty {
        terminal::enable_raw_mode()?;
        execute!(
            std::io::stdout(),
            terminal::EnterAlternateScreen,
            cursor::Hide
        )?;
        Some(RawGuard)
    } else {
        None
    };
    let period = Duration::from_millis(a.interval.max(50));
    let mut prev: Option<(Status, Instant)> = None;
    let mut n = 0;
    loop {
        let r = fuse.status()?;
        let text = frame(&r, prev.as_ref(), &device);
        let mut out = std::io::stdout();
        if tty {
            execute!(
                out,
                cursor::MoveTo(0, 0),
                terminal::Clear(terminal::ClearType::All)
            )?;
            // Raw mode needs explicit carriage returns.
            write!(out, "{}", text.replace('\n', "\r\n"))?;
        } else if ctx.json {
            writeln!(
                out,
                "{}",
                output::tagged(
                    schema::STATUS,
                    crate::cmd::status::to_json(&r, &ctx.device.device.to_string())
                )
            )?;
        } else {
            writeln!(out, "{text}")?;
        }
        out.flush()?;
        prev = Some((r, Instant::now()));
        n += 1;
        if a.count.is_some_and(|c| n >= c) {
            return Ok(());
        }
        let until = Instant::now() + period;
        loop {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            if !tty {
                std::thread::sleep(left);
                break;
            }
            if event::poll(left)? {
                if let Event::Key(k) = event::read()? {
                    let ctrl_c =
                        k.code == KeyCode::Char('c') && k.modifiers.contains(KeyModifiers::CONTROL);
                    if k.kind == KeyEventKind::Press
                        && (ctrl_c || matches!(k.code, KeyCode::Char('q') | KeyCode::Esc))
                    {
                        return Ok(());
                    }
                }
            }
        }
    }
}
