//! The simulated card as a process: the daemon behind `capfuse sim serve`
//! (which `capfuse sim start` spawns), serving the driver's socket protocol
//! (`capfuse_driver::socket`) for the card it steps. The caller checks that
//! the directory is private to the user before serving it
//! ([`CardFiles`] names what the daemon keeps there).
//!
//! One thread owns the engine and steps it at a paced rate; it also carries
//! out the requests, so a request's bus transactions happen between two
//! cycles of the same loop that runs the workload. Connection threads only
//! read complete lines (at most [`MAX_LINE_BYTES`](capfuse_driver::socket::protocol::MAX_LINE_BYTES) each) and hand them over.
//!
//! A request is all-or-nothing, and an `err` reply means nothing of it was
//! applied:
//!
//! - it is parsed whole ([`parse_request`]) before any of it runs, so a bad
//!   op anywhere refuses the whole line;
//! - it has at most [`MAX_OPS_PER_REQUEST`](capfuse_driver::socket::protocol::MAX_OPS_PER_REQUEST) ops, which the card answers in
//!   a few cycles each, far within [`BUS_TIMEOUT`]; a longer request is
//!   refused before it runs instead of being cut short by the timeout;
//! - its ops run back to back in the stepping loop, so no other client's
//!   request comes between them.
//!
//! Only an engine that stops answering its bus (a broken engine: a working
//! one never does) can stop a request midway; the daemon then answers
//! `fail`, saying how many ops completed, and exits, since its card can no
//! longer be trusted to do anything.
//!
//! One client cannot starve the others: a line is bounded, so is a request,
//! requests are served in the order their lines complete, and at most
//! [`MAX_CLIENTS`] connections are served at once (more are refused with
//! `err`).

use std::io::{BufReader, Read, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::bus::{AxiMaster, Completion, Op, TxnId};
use crate::card::{new_card_engine, CardParams};
use crate::monitor::Monitors;
use crate::scenario::{Action, ActionKind, Scenario, WorkloadSpec};
use crate::workload::{self, WorkCtx, Workload};
use crate::{Engine, EngineKind, PinsIn};
use anyhow::{bail, Context};
use capfuse_abi::{resp, FuseParams};

/// The files the simulated card keeps in its directory.
#[derive(Clone, Debug)]
pub struct CardFiles {
    /// The directory (private to the user: the caller checks).
    pub dir: PathBuf,
}

impl CardFiles {
    /// The files under `dir`.
    pub fn new(dir: PathBuf) -> Self {
        CardFiles { dir }
    }
    /// The Unix socket the daemon serves (the driver's name for it).
    pub fn socket(&self) -> PathBuf {
        self.dir.join(capfuse_driver::socket::SOCKET_FILE)
    }
    /// The daemon's pid file (also its lock: created exclusively).
    pub fn pid(&self) -> PathBuf {
        self.dir.join("sim.pid")
    }
}

/// Opens `path` for writing as a file private to the user: created with
/// mode 0600, and set to 0600 if it already existed with another mode.
/// `create_new` refuses an existing file (for locks). A symbolic link
/// planted at the name is refused, not followed (`O_NOFOLLOW`).
pub fn private_file(path: &Path, create_new: bool) -> std::io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).mode(0o600).custom_flags(libc::O_NOFOLLOW);
    if create_new {
        o.create_new(true);
    } else {
        o.create(true).truncate(true);
    }
    let f = o.open(path)?;
    f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    Ok(f)
}

use capfuse_driver::socket::protocol::{
    parse_request, read_request_line, LineRead, RegOp, Request as Parsed, RequestError,
};

/// A request's register access as a transaction on the card's AXI4-Lite
/// port (all four bytes written).
fn bus_op(op: RegOp) -> Op {
    match op {
        RegOp::Read { offset } => Op::Read { addr: offset },
        RegOp::Write { offset, value } => Op::Write {
            addr: offset,
            data: value,
            strb: 0xf,
        },
    }
}

/// How the daemon runs.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// Runtime directory (socket, pid file), checked private by the caller.
    pub paths: CardFiles,
    /// Engine to step.
    pub engine: EngineKind,
    /// Scenario giving the design, workload and timed actions.
    pub scenario: Option<PathBuf>,
    /// Card clock: cycles per millisecond of wall time.
    pub cycles_per_ms: u64,
    /// The authority key set the simulated bitstream is built with (public
    /// keys in slot order, threshold), read and checked by the caller.
    pub authority: Option<(Vec<[u8; 32]>, u8)>,
}

/// Default card clock: 1 000 000 cycles per second, which the model and
/// Verilator engines of the whole card keep up with, and at which the card
/// derives its key or signs a report (about 440 000 cycles) in under half
/// a second. The rust-hdl engine of the card is far slower (about 8 000
/// cycles/s); the daemon then runs as fast as it can and says it lags.
pub const DEFAULT_CYCLES_PER_MS: u64 = 1_000;

/// The only authority slot of a simulated card started without a key set:
/// the encoding of the curve's identity point (small order), against which
/// the card's strict verification accepts no signature.
pub const NO_AUTHORITY: [u8; 32] = {
    let mut k = [0u8; 32];
    k[0] = 1;
    k
};

/// Longest a request's bus transactions may take, in cycles. A request of
/// [`MAX_OPS_PER_REQUEST`](capfuse_driver::socket::protocol::MAX_OPS_PER_REQUEST) ops takes a few cycles per op (the unit test
/// `a_request_of_the_most_ops_completes_well_within_the_bus_timeout`
/// measures it), so only a broken engine reaches this.
pub const BUS_TIMEOUT: u64 = 10_000;

/// Most connections served at once; one more is answered `err` and closed.
/// Each holds at most one line of [`MAX_LINE_BYTES`](capfuse_driver::socket::protocol::MAX_LINE_BYTES).
pub const MAX_CLIENTS: usize = 64;

/// The engine stopped answering its bus midway through a request.
#[derive(Debug)]
struct Wedged {
    completed: usize,
    ops: usize,
}

impl std::fmt::Display for Wedged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the engine did not answer within {BUS_TIMEOUT} cycles: {} of the request's {} ops completed, the rest did not run; the simulated card stops",
            self.completed, self.ops
        )
    }
}

/// The card: an engine, its bus master, the workload and the monitors
/// (which give the workload its view of the pacing window).
struct Card {
    engine: Box<dyn Engine>,
    bus: AxiMaster,
    mon: Monitors,
    wl: Box<dyn Workload>,
    params: FuseParams,
    pins: PinsIn,
    kill_pin: bool,
    cycle: u64,
    actions: Vec<Action>,
    next_action: usize,
}

impl Card {
    fn new(
        engine: EngineKind,
        scenario: Option<&Scenario>,
        paths: &CardFiles,
        authority: Option<&(Vec<[u8; 32]>, u8)>,
    ) -> anyhow::Result<Card> {
        let (params, spec, seed, actions) = match scenario {
            Some(s) => (s.params, s.workload.clone(), s.seed, s.actions.clone()),
            None => (
                FuseParams::DEFAULT,
                WorkloadSpec::Uniform { min: 0, max: 1024 },
                1,
                Vec::new(),
            ),
        };
        let (keys, threshold) = match authority {
            Some((keys, threshold)) => (keys.clone(), *threshold),
            // No key set: one slot holding the identity point's encoding.
            // Strict verification refuses a small-order key, so no
            // signature verifies against it and no grant is ever applied.
            None => (vec![NO_AUTHORITY], 1),
        };
        let card = CardParams {
            fuse: params,
            seed: device_seed(paths)?,
            boot_epoch: next_boot_epoch(paths)?,
            authority_keys: keys,
            threshold,
        };
        Ok(Card {
            engine: new_card_engine(engine, &card)?,
            bus: AxiMaster::new(),
            mon: Monitors::new(params),
            wl: workload::build(&spec, seed),
            params,
            pins: PinsIn::default(),
            kill_pin: false,
            cycle: 0,
            actions,
            next_action: 0,
        })
    }

    /// One clock cycle; returns the transactions that completed in it.
    fn cycle(&mut self) -> Vec<Completion> {
        while let Some(a) = self.actions.get(self.next_action) {
            if a.at > self.cycle {
                break;
            }
            match &a.kind {
                ActionKind::Write {
                    reg, value, strb, ..
                } => {
                    self.bus.write(reg.offset, *value, *strb);
                }
                ActionKind::Limit { name, value, .. } => {
                    self.bus.write_limit(name, *value);
                }
                ActionKind::KillPin(on) => self.kill_pin = *on,
                // Reads and expectations are for `capfuse-sim run`.
                _ => {}
            }
            self.next_action += 1;
        }
        let out = self.engine.outputs();
        self.bus.observe(&out);
        let done = self.bus.take_completed();
        self.mon.begin_cycle(&out, &done);
        let ctx = WorkCtx {
            cycle: self.cycle,
            enabled: out.accel_clk_en,
            max_work: self.params.max_work_per_cycle,
            window: self.mon.window(),
        };
        self.pins.work_units = self.wl.work(&ctx);
        self.pins.kill = self.kill_pin;
        self.bus.drive(&mut self.pins);
        self.mon.end_cycle(&self.pins);
        self.engine.step(&self.pins);
        self.cycle += 1;
        done
    }

    /// Carries out `ops` in order and returns their completions. An error
    /// means the engine stopped answering: the ops after the one that hung
    /// are still queued, so the card must not step on (the daemon exits).
    fn transact(&mut self, ops: &[Op]) -> Result<Vec<Completion>, Wedged> {
        let ids: Vec<TxnId> = ops
            .iter()
            .map(|op| match *op {
                Op::Write { addr, data, strb } => self.bus.write(addr, data, strb),
                Op::Read { addr } => self.bus.read(addr),
            })
            .collect();
        let mut got: Vec<Option<Completion>> = vec![None; ids.len()];
        let start = self.cycle;
        while got.iter().any(Option::is_none) {
            if self.cycle - start > BUS_TIMEOUT {
                return Err(Wedged {
                    completed: got.iter().flatten().count(),
                    ops: ops.len(),
                });
            }
            for c in self.cycle() {
                if let Some(i) = ids.iter().position(|&id| id == c.id) {
                    got[i] = Some(c);
                }
            }
        }
        Ok(got.into_iter().flatten().collect())
    }
}

/// The simulated board's device key seed, as its key port would deliver
/// it: made once (32 random bytes, mode 0600) in the runtime directory and
/// kept, so the card keeps its key across `sim stop`/`sim start`.
fn device_seed(paths: &CardFiles) -> anyhow::Result<[u8; 32]> {
    use rand::RngCore;
    let f = paths.dir.join("device-seed");
    let existing = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(&f)
        .and_then(|mut file| {
            // Kept private even if an older version left it readable.
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
            let mut b = Vec::new();
            Read::take(&mut file, 33).read_to_end(&mut b)?;
            Ok(b)
        });
    match existing {
        Ok(b) => b.as_slice().try_into().map_err(|_| {
            anyhow::anyhow!(
                "{} is not a 32-byte seed; remove it to give the simulated card a new key",
                f.display()
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut seed = [0u8; 32];
            rand::rngs::OsRng.fill_bytes(&mut seed);
            let mut out =
                private_file(&f, true).with_context(|| format!("cannot create {}", f.display()))?;
            out.write_all(&seed)?;
            out.sync_all()?;
            Ok(seed)
        }
        Err(e) => Err(e).with_context(|| format!("cannot read {}", f.display())),
    }
}

/// The board's boot counter: one more than the last start's, kept in the
/// runtime directory (a grant names the boot epoch it is valid in).
fn next_boot_epoch(paths: &CardFiles) -> anyhow::Result<u64> {
    let f = paths.dir.join("boot-epoch");
    let last = match std::fs::read_to_string(&f) {
        Ok(t) => t.trim().parse::<u64>().with_context(|| {
            format!(
                "{} does not hold a boot counter; remove it to start over at 1",
                f.display()
            )
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => 0,
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", f.display())),
    };
    let next = last + 1;
    let tmp = paths.dir.join("boot-epoch.tmp");
    let mut out =
        private_file(&tmp, false).with_context(|| format!("cannot write {}", tmp.display()))?;
    writeln!(out, "{next}")?;
    out.sync_all()?;
    std::fs::rename(&tmp, &f)?;
    Ok(next)
}

/// A request line and where to send its reply.
struct Request {
    line: Vec<u8>,
    reply: Sender<String>,
}

/// Runs the daemon until `quit` or until its pid file is removed or taken
/// over. Returns an error if another daemon already serves the directory.
pub fn serve(opts: &ServeOptions) -> anyhow::Result<()> {
    let scenario = opts
        .scenario
        .as_ref()
        .map(Scenario::load)
        .transpose()
        .context("cannot load the scenario")?;
    let mut card = Card::new(
        opts.engine,
        scenario.as_ref(),
        &opts.paths,
        opts.authority.as_ref(),
    )?;
    let pid = std::process::id();
    take_lock(&opts.paths, pid)?;
    let result = run(opts, &mut card, scenario.as_ref(), pid);
    release(&opts.paths, pid);
    result
}

/// Creates the pid file exclusively; a pid file whose process is gone is
/// stale and replaced.
fn take_lock(paths: &CardFiles, pid: u32) -> anyhow::Result<()> {
    for _ in 0..2 {
        match private_file(&paths.pid(), true) {
            Ok(mut f) => {
                writeln!(f, "{pid}")?;
                return Ok(());
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                match read_pid(&paths.pid()) {
                    Some(other) if process_alive(other) => {
                        bail!("a simulated card is already running (pid {other})")
                    }
                    _ => {
                        let _ = std::fs::remove_file(paths.pid());
                    }
                }
            }
            Err(e) => {
                return Err(e).with_context(|| format!("cannot create {}", paths.pid().display()))
            }
        }
    }
    bail!("cannot take {}", paths.pid().display())
}

fn release(paths: &CardFiles, pid: u32) {
    if read_pid(&paths.pid()) == Some(pid) {
        let _ = std::fs::remove_file(paths.socket());
        let _ = std::fs::remove_file(paths.pid());
    }
}

/// The pid in a pid file.
pub fn read_pid(path: &Path) -> Option<u32> {
    std::fs::read_to_string(path).ok()?.trim().parse().ok()
}

/// Whether a process with this pid exists.
pub fn process_alive(pid: u32) -> bool {
    // A zombie (exited, not yet reaped by its parent) counts as gone.
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat
            .rsplit_once(')')
            .is_none_or(|(_, rest)| !rest.trim_start().starts_with('Z')),
        Err(_) => false,
    }
}

fn run(
    opts: &ServeOptions,
    card: &mut Card,
    scenario: Option<&Scenario>,
    pid: u32,
) -> anyhow::Result<()> {
    let sock = opts.paths.socket();
    let listener = bind_private(&sock, pid)?;
    let (tx, rx) = mpsc::channel::<Request>();
    std::thread::spawn(move || accept_loop(listener, tx));
    eprintln!(
        "capfuse sim: pid {pid}, {} engine, {} cycles/ms, socket {}",
        opts.engine.name(),
        opts.cycles_per_ms,
        sock.display()
    );
    step_loop(opts, card, scenario, pid, &rx)
}

/// Binds the socket under a temporary name, makes it mode 0600 and only
/// then renames it into place, so it is never reachable with looser modes.
fn bind_private(sock: &Path, pid: u32) -> anyhow::Result<UnixListener> {
    let tmp = sock.with_file_name(format!(".sim.sock.{pid}"));
    let _ = std::fs::remove_file(&tmp);
    let listener =
        UnixListener::bind(&tmp).with_context(|| format!("cannot bind {}", tmp.display()))?;
    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600))
        .and_then(|()| std::fs::rename(&tmp, sock))
        .with_context(|| format!("cannot put the socket at {}", sock.display()))
        .inspect_err(|_| {
            let _ = std::fs::remove_file(&tmp);
        })?;
    Ok(listener)
}

fn accept_loop(listener: UnixListener, tx: Sender<Request>) {
    let clients = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        if clients.fetch_add(1, Ordering::SeqCst) >= MAX_CLIENTS {
            clients.fetch_sub(1, Ordering::SeqCst);
            let _ = stream.write_all(
                format!(
                    "err more than {MAX_CLIENTS} clients connected; retry once one has closed\n"
                )
                .as_bytes(),
            );
            continue;
        }
        let tx = tx.clone();
        let clients = Arc::clone(&clients);
        std::thread::spawn(move || {
            let _ = serve_connection(stream, &tx);
            clients.fetch_sub(1, Ordering::SeqCst);
        });
    }
}

fn serve_connection(stream: UnixStream, tx: &Sender<Request>) -> std::io::Result<()> {
    let mut writer = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    let mut line = Vec::new();
    loop {
        match read_request_line(&mut reader, &mut line)? {
            LineRead::Line => {}
            // Closed, possibly mid-request: an incomplete line is dropped.
            LineRead::Closed => return Ok(()),
            LineRead::TooLong => {
                writer.write_all(format!("err {}\n", RequestError::TooLong).as_bytes())?;
                let _ = writer.shutdown(std::net::Shutdown::Both);
                return Ok(());
            }
        }
        let line = std::mem::take(&mut line);
        let (reply_tx, reply_rx) = mpsc::channel();
        if tx
            .send(Request {
                line,
                reply: reply_tx,
            })
            .is_err()
        {
            return Ok(());
        }
        let Ok(reply) = reply_rx.recv() else {
            return Ok(());
        };
        writer.write_all(reply.as_bytes())?;
        writer.write_all(b"\n")?;
    }
}

fn step_loop(
    opts: &ServeOptions,
    card: &mut Card,
    scenario: Option<&Scenario>,
    pid: u32,
    rx: &Receiver<Request>,
) -> anyhow::Result<()> {
    let rate = opts.cycles_per_ms.max(1);
    let started = Instant::now();
    let mut base_time = started;
    let mut base_cycle = card.cycle;
    let mut lagging = false;
    let mut last_lock_check = started;
    loop {
        let now = Instant::now();
        let mut target = base_cycle + (now - base_time).as_micros() as u64 * rate / 1000;
        // More than a second behind: the engine cannot keep the pace, so
        // run as fast as it can instead of bursting to catch up.
        if target > card.cycle + rate * 1000 {
            lagging = true;
            base_time = now;
            base_cycle = card.cycle;
            target = card.cycle;
        }
        let mut n = 0;
        while card.cycle < target && n < 20_000 {
            card.cycle();
            n += 1;
        }
        let wait = if card.cycle >= target {
            Duration::from_millis(1)
        } else {
            Duration::ZERO
        };
        let mut next = match rx.recv_timeout(wait) {
            Ok(r) => Some(r),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => bail!("the socket listener stopped"),
        };
        while let Some(req) = next.take().or_else(|| rx.try_recv().ok()) {
            let (reply, quit) = match parse_request(&req.line) {
                Ok(Parsed::Quit) => ("ok".to_string(), true),
                Ok(Parsed::Info) => (
                    format!(
                        "ok pid={pid} engine={} cycle={} cycles_per_ms={rate} uptime_ms={} lagging={lagging} scenario={}",
                        opts.engine.name(),
                        card.cycle,
                        started.elapsed().as_millis(),
                        scenario.map_or("default", |s| s.name.as_str()),
                    ),
                    false,
                ),
                Ok(Parsed::Bus(ops)) => match card.transact(&ops.into_iter().map(bus_op).collect::<Vec<_>>()) {
                    Ok(done) => {
                        let mut s = String::from("ok");
                        for c in done {
                            s.push(' ');
                            match c.op {
                                Op::Read { .. } => s.push_str(&format!("{:#x}", c.data)),
                                Op::Write { .. } if c.resp == resp::OKAY => s.push_str("okay"),
                                Op::Write { .. } => s.push_str("slverr"),
                            }
                        }
                        (s, false)
                    }
                    Err(wedged) => {
                        eprintln!("capfuse sim: {wedged}");
                        (format!("fail {wedged}"), true)
                    }
                },
                Err(e) => (format!("err {e}"), false),
            };
            if quit {
                release(&opts.paths, pid);
                let _ = req.reply.send(reply.clone());
                // Let the connection thread deliver the reply.
                std::thread::sleep(Duration::from_millis(50));
                if let Some(why) = reply.strip_prefix("fail ") {
                    bail!("{why}");
                }
                return Ok(());
            }
            let _ = req.reply.send(reply);
        }
        if last_lock_check.elapsed() > Duration::from_secs(1) {
            last_lock_check = Instant::now();
            if read_pid(&opts.paths.pid()) != Some(pid) {
                eprintln!("capfuse sim: pid file gone or taken over; exiting");
                return Ok(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PinsOut;
    use capfuse_abi::reg;
    use capfuse_driver::socket::protocol::MAX_OPS_PER_REQUEST;

    fn scratch(name: &str) -> CardFiles {
        let dir =
            std::env::temp_dir().join(format!("capfuse-daemon-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        CardFiles::new(dir)
    }

    /// The bound on ops per request is what makes a request complete
    /// whole: the most ops, writes and reads mixed, take a small fraction
    /// of the bus timeout (the engines are one design, so one engine's
    /// bus timing is every engine's).
    #[test]
    fn a_request_of_the_most_ops_completes_well_within_the_bus_timeout() {
        let paths = scratch("maxops");
        let mut card = Card::new(EngineKind::Model, None, &paths, None).unwrap();
        let ops: Vec<Op> = (0..MAX_OPS_PER_REQUEST)
            .map(|i| match i % 3 {
                0 => Op::Write {
                    addr: reg::BASELINE_RATIO,
                    data: 32 - (i as u32 / 16),
                    strb: 0xf,
                },
                1 => Op::Write {
                    addr: 0x0ffc,
                    data: 1,
                    strb: 0xf,
                },
                _ => Op::Read { addr: reg::ID },
            })
            .collect();
        let start = card.cycle;
        let done = card.transact(&ops).unwrap();
        let took = card.cycle - start;
        eprintln!(
            "{} ops took {took} cycles ({:.1}/op); the bus timeout is {BUS_TIMEOUT}",
            ops.len(),
            took as f64 / ops.len() as f64
        );
        assert_eq!(done.len(), ops.len());
        assert!(done.iter().zip(&ops).all(|(c, o)| c.op == *o));
        assert!(took * 4 < BUS_TIMEOUT, "{took} cycles");
        let _ = std::fs::remove_dir_all(&paths.dir);
    }

    /// An engine whose bus never answers.
    struct Deaf;
    impl Engine for Deaf {
        fn kind(&self) -> EngineKind {
            EngineKind::Model
        }
        fn outputs(&self) -> PinsOut {
            PinsOut {
                awready: true,
                wready: true,
                arready: true,
                ..PinsOut::default()
            }
        }
        fn step(&mut self, _: &PinsIn) {}
    }

    #[test]
    fn a_wedged_engine_is_reported_as_a_failure_with_what_completed() {
        let paths = scratch("wedged");
        let mut card = Card::new(EngineKind::Model, None, &paths, None).unwrap();
        card.engine = Box::new(Deaf);
        let ops = [
            Op::Read { addr: reg::ID },
            Op::Write {
                addr: reg::BASELINE_RATIO,
                data: 5,
                strb: 0xf,
            },
        ];
        let e = card.transact(&ops).unwrap_err();
        assert_eq!((e.completed, e.ops), (0, 2));
        let msg = e.to_string();
        assert!(
            msg.contains("0 of the request's 2 ops completed") && msg.contains("stops"),
            "{msg}"
        );
        // It gave up at the timeout, not later.
        assert!(card.cycle <= BUS_TIMEOUT + 2, "{}", card.cycle);
        let _ = std::fs::remove_dir_all(&paths.dir);
    }
}
