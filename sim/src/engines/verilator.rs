//! The emitted Verilog compiled by Verilator and loaded as a shared library.
//!
//! On first use for a given Verilog text, the Verilog and a small C++
//! harness (`verilator_harness.cpp`, a C ABI around the Verilated model) are
//! written to a cache directory keyed by a hash of the Verilog, the harness,
//! the build flags and the Verilator version, then built with
//! `verilator --cc --exe --build` into `libcapfuse_vl.so` and loaded with
//! `libloading`. Later runs (and other engines in the same process) reuse the
//! library.
//!
//! The cache lives in `<cargo target dir>/capfuse-verilator/` when the
//! running executable sits in a cargo target directory, else in the system
//! temp directory; `CAPFUSE_VERILATOR_CACHE` overrides it. Several processes
//! may build at once: each builds in its own temporary directory and renames
//! it into place atomically, and a lock file makes latecomers wait for the
//! first build instead of repeating it.
//!
//! One [`Engine::step`] is one FFI call: the new inputs are applied with the
//! clock low, the clock goes high, the model is evaluated and the outputs are
//! sampled. The harness evaluates once per cycle rather than once per clock
//! level where it can (see [`VerilatorEngine::one_eval_per_cycle`]); the
//! fuse core has no falling-edge logic, so the two are equivalent.
//! [`VerilatorEngine::run`] and [`VerilatorEngine::repeat`] step many cycles
//! per call.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant, SystemTime};

use anyhow::{anyhow, bail, ensure, Context, Result};
use capfuse_abi::FuseParams;
use capfuse_hdl::flow::Tool;
use libloading::Library;

use crate::engine::{Engine, EngineKind, PinsIn, PinsOut};

/// The C++ side of the FFI.
const HARNESS: &str = include_str!("verilator_harness.cpp");

/// Name of the built library inside a cache entry.
const LIB_NAME: &str = "libcapfuse_vl.so";

/// Environment variable overriding the cache directory.
pub const CACHE_ENV: &str = "CAPFUSE_VERILATOR_CACHE";

/// Environment variable overriding the `-march=` the model is compiled for
/// (default `native`). Valgrind cannot run AVX-512 code, so counting
/// instructions with callgrind needs e.g. `x86-64-v3`. Part of the cache key
/// through the arguments.
pub const MARCH_ENV: &str = "CAPFUSE_VERILATOR_MARCH";

/// The `-march=` value: `$CAPFUSE_VERILATOR_MARCH`, else `native`.
fn march() -> String {
    std::env::var(MARCH_ENV)
        .ok()
        .filter(|m| !m.is_empty() && !m.contains(char::is_whitespace))
        .unwrap_or_else(|| "native".to_string())
}

/// What to build: a harness around a top module. Part of the cache key.
pub(crate) struct BuildSpec {
    /// The C++ harness source.
    pub harness: &'static str,
    /// The Verilog top module.
    pub top: &'static str,
    /// What the model is, for error messages.
    pub what: &'static str,
    /// A training program (a C++ `main` that includes `harness.cpp`) for a
    /// profile-guided build, or `None` for a plain one. See [`Profile`].
    pub train: Option<&'static str>,
}

/// The fuse core's build, profile-guided.
const FUSE_SPEC: BuildSpec = BuildSpec {
    harness: HARNESS,
    top: "capfuse_core",
    what: "the fuse core",
    train: Some(include_str!("verilator_train.cpp")),
};

/// Cycles the training program runs (a fraction of a second).
const TRAIN_CYCLES: &str = "200000";

/// Which compilation of a profile-guided build.
///
/// The fuse core's library is built twice: first an executable of the
/// harness and the training program, instrumented, which runs
/// [`TRAIN_CYCLES`] cycles of random traffic and leaves counts of the
/// branches the Verilated model takes; then the library, from the same
/// sources and flags, with GCC using those counts to lay out the model's
/// branches and inline its hot paths (the Verilator proxy ran 8–12 %
/// faster with the counts than without; see docs/PERFORMANCE.md). The
/// counts come from the training program alone, never from the run being
/// measured.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Profile {
    /// A plain build.
    None,
    /// The instrumented training executable.
    Generate,
    /// The library, compiled with the training counts.
    Use,
}

/// Name of the training executable inside its build directory.
const TRAIN_NAME: &str = "train";

/// Verilator arguments for `top`, besides the file names. Part of the cache
/// key (as the arguments of the final compilation).
fn verilator_args(top: &str, profile: Profile) -> Vec<String> {
    let mut args: Vec<String> = [
        "--cc",
        "--exe",
        "--build",
        "-O3",
        "-Wno-WIDTH",
        "-Wno-DECLFILENAME",
        "--top-module",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.push(top.to_string());
    // Position-independent, and no symbol interposition so the model's
    // functions can be inlined into `eval`; tuned for this machine's CPU
    // (the CPU's feature flags are part of the cache key).
    args.push("-CFLAGS".to_string());
    let profile_flags = match profile {
        Profile::None => "",
        Profile::Generate => " -fprofile-generate -fprofile-update=single",
        // The harness's own file has no counts (the training program
        // compiled it as part of itself): that is not an error.
        Profile::Use => {
            " -fprofile-use -fprofile-correction -Wno-missing-profile \
             -Wno-error=coverage-mismatch"
        }
    };
    args.push(format!(
        "-fPIC -O2 -fno-semantic-interposition -fvisibility=hidden -march={}{profile_flags}",
        march()
    ));
    args.push("-LDFLAGS".to_string());
    args.push(
        match profile {
            Profile::Generate => "-fprofile-generate",
            Profile::None | Profile::Use => "-shared -Wl,-Bsymbolic",
        }
        .to_string(),
    );
    args.extend(
        [
            // verilated.mk compiles the model with -Os unless told otherwise.
            "-MAKEFLAGS",
            "OPT_FAST=-O3 OPT_SLOW=-O1 OPT_GLOBAL=-O2",
            "-o",
            match profile {
                Profile::Generate => TRAIN_NAME,
                Profile::None | Profile::Use => LIB_NAME,
            },
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    args
}

/// The profile of the final compilation of `spec`.
fn final_profile(spec: &BuildSpec) -> Profile {
    match spec.train {
        Some(_) => Profile::Use,
        None => Profile::None,
    }
}

/// Inputs of one cycle, laid out as `CIn` in the harness.
#[repr(C)]
#[derive(Clone, Copy, Default)]
struct CIn {
    wdata: u32,
    grant_wdata: u32,
    work_units: u16,
    awaddr: u16,
    araddr: u16,
    wstrb: u8,
    flags: u8,
    snap_addr: u8,
    grant_addr: u8,
    flags2: u8,
    pad: u8,
}

impl From<&PinsIn> for CIn {
    fn from(p: &PinsIn) -> CIn {
        CIn {
            wdata: p.wdata,
            work_units: p.work_units,
            awaddr: p.awaddr,
            araddr: p.araddr,
            wstrb: p.wstrb,
            flags: p.kill as u8
                | (p.awvalid as u8) << 1
                | (p.wvalid as u8) << 2
                | (p.bready as u8) << 3
                | (p.arvalid as u8) << 4
                | (p.rready as u8) << 5,
            grant_wdata: p.grant_wdata,
            snap_addr: p.snap_addr,
            grant_addr: p.grant_addr,
            flags2: p.snap_req as u8
                | (p.grant_we as u8) << 1
                | (p.grant_apply as u8) << 2
                | (p.report_ready as u8) << 3
                | (p.grant_done as u8) << 4,
            pad: 0,
        }
    }
}

/// Outputs, laid out as `COut` in the harness.
#[repr(C)]
#[derive(Clone, Copy, Default)]
struct COut {
    rdata: u32,
    snap_data: u32,
    bresp: u8,
    rresp: u8,
    flags: u8,
    flags2: u8,
}

impl From<COut> for PinsOut {
    fn from(c: COut) -> PinsOut {
        PinsOut {
            accel_clk_en: c.flags & 1 != 0,
            irq: c.flags & 2 != 0,
            awready: c.flags & 4 != 0,
            wready: c.flags & 8 != 0,
            bvalid: c.flags & 16 != 0,
            bresp: c.bresp,
            arready: c.flags & 32 != 0,
            rvalid: c.flags & 64 != 0,
            rdata: c.rdata,
            rresp: c.rresp,
            snap_data: c.snap_data,
            report_due: c.flags & 128 != 0,
            grant_expired: c.flags2 & 1 != 0,
        }
    }
}

type AbiFn = unsafe extern "C" fn() -> u32;
type FastEdgeFn = unsafe extern "C" fn(*mut std::ffi::c_void) -> u32;
type CreateFn = unsafe extern "C" fn() -> *mut std::ffi::c_void;
type DestroyFn = unsafe extern "C" fn(*mut std::ffi::c_void);
type OutputsFn = unsafe extern "C" fn(*mut std::ffi::c_void, *mut COut);
type StepFn = unsafe extern "C" fn(*mut std::ffi::c_void, *const CIn, *mut COut);
type RunFn = unsafe extern "C" fn(*mut std::ffi::c_void, *const CIn, usize, *mut COut, *mut COut);
type RepeatFn = unsafe extern "C" fn(*mut std::ffi::c_void, *const CIn, u64, *mut COut);

/// A loaded model library and its entry points. The function pointers stay
/// valid as long as `_lib` is alive, which the `Arc` in every engine ensures.
struct ModelLib {
    create: CreateFn,
    destroy: DestroyFn,
    outputs: OutputsFn,
    step: StepFn,
    run: RunFn,
    repeat: RepeatFn,
    fast_edge: FastEdgeFn,
    direct_eval: AbiFn,
    path: PathBuf,
    _lib: Library,
}

impl ModelLib {
    fn load(path: &Path) -> Result<ModelLib> {
        // SAFETY: the library is one this module built from the harness
        // above; its initialisers only set up Verilator's runtime.
        let lib = unsafe { Library::new(path) }
            .with_context(|| format!("loading Verilator model {}", path.display()))?;
        // SAFETY: the symbol types match the extern "C" declarations in the
        // harness, which is part of the cache key, so the library was built
        // from exactly this harness.
        unsafe {
            let abi: AbiFn = *lib.get::<AbiFn>(b"capfuse_vl_abi\0")?;
            let want =
                ((std::mem::size_of::<CIn>() as u32) << 8) | std::mem::size_of::<COut>() as u32;
            if abi() != want {
                bail!(
                    "{} has a different harness ABI ({:#x}, expected {want:#x}); delete it",
                    path.display(),
                    abi()
                );
            }
            Ok(ModelLib {
                create: *lib.get(b"capfuse_vl_create\0")?,
                destroy: *lib.get(b"capfuse_vl_destroy\0")?,
                outputs: *lib.get(b"capfuse_vl_outputs\0")?,
                step: *lib.get(b"capfuse_vl_step\0")?,
                run: *lib.get(b"capfuse_vl_run\0")?,
                repeat: *lib.get(b"capfuse_vl_repeat\0")?,
                fast_edge: *lib.get(b"capfuse_vl_fast_edge\0")?,
                direct_eval: *lib.get(b"capfuse_vl_direct_eval\0")?,
                path: path.to_path_buf(),
                _lib: lib,
            })
        }
    }
}

/// The Verilator engine.
pub struct VerilatorEngine {
    lib: Arc<ModelLib>,
    handle: *mut std::ffi::c_void,
    /// The outputs after the last edge as the harness wrote them, unpacked
    /// only when asked for (a run that reads them now and then does not pay
    /// for it in every cycle).
    out: COut,
}

// SAFETY: the handle owns one Verilated model and its own VerilatedContext;
// it is only touched through `&mut self` (or in `new`/`drop`), so moving the
// engine to another thread is sound. `outputs` reads the cached copy only.
unsafe impl Send for VerilatorEngine {}

impl VerilatorEngine {
    /// Builds (or reuses) the model of the Verilog generated for `params`
    /// and creates an instance at power-up.
    pub fn new(params: FuseParams) -> Result<Self> {
        params.validate().map_err(anyhow::Error::msg)?;
        Self::from_verilog(&capfuse_hdl::generate_verilog(params))
    }

    /// Builds (or reuses) the model of `verilog`, whose top module must be
    /// `capfuse_core` with the ports of `docs/fuse-core.md`, and creates an
    /// instance at power-up.
    pub fn from_verilog(verilog: &str) -> Result<Self> {
        let lib = model_library(verilog)?;
        // SAFETY: `create` returns a fresh model owned by this engine.
        let handle = unsafe { (lib.create)() };
        if handle.is_null() {
            bail!(
                "the Verilator model in {} failed to start",
                lib.path.display()
            );
        }
        let mut c = COut::default();
        // SAFETY: `handle` is live; `c` is a valid out-parameter.
        unsafe { (lib.outputs)(handle, &mut c) };
        Ok(VerilatorEngine {
            lib,
            handle,
            out: c,
        })
    }

    /// Path of the shared library this engine runs.
    pub fn library_path(&self) -> &Path {
        &self.lib.path
    }

    /// Whether the harness steps a cycle with one `eval` (it clears
    /// Verilator's remembered clock value instead of evaluating with the
    /// clock low) rather than two. It does when it knows the Verilator
    /// version's internal name for that value.
    pub fn one_eval_per_cycle(&mut self) -> bool {
        // SAFETY: the handle is live.
        unsafe { (self.lib.fast_edge)(self.handle) != 0 }
    }

    /// Whether a cycle calls the Verilated model's scheduler directly rather
    /// than through `eval()`, whose per-call bookkeeping (thread-local task
    /// id and message queue) a single-threaded model does not need. It does
    /// when the Verilator version's scheduler has the name the harness knows.
    pub fn direct_eval(&self) -> bool {
        // SAFETY: the function takes no arguments and only reads a symbol.
        unsafe { (self.lib.direct_eval)() != 0 }
    }

    /// Steps one cycle per element of `inputs`; afterwards [`Engine::outputs`]
    /// reflects the last edge. Returns the outputs after every edge if
    /// `trace` is set (else an empty vector).
    pub fn run(&mut self, inputs: &[PinsIn], trace: bool) -> Vec<PinsOut> {
        let cin: Vec<CIn> = inputs.iter().map(CIn::from).collect();
        let mut outs = if trace {
            vec![COut::default(); cin.len()]
        } else {
            Vec::new()
        };
        let outs_ptr = if trace {
            outs.as_mut_ptr()
        } else {
            std::ptr::null_mut()
        };
        let mut last = COut::default();
        // SAFETY: `cin` has `cin.len()` elements; `outs` has as many or is
        // null; `last` is a valid out-parameter; the handle is live.
        unsafe { (self.lib.run)(self.handle, cin.as_ptr(), cin.len(), outs_ptr, &mut last) };
        if !inputs.is_empty() {
            self.out = last;
        }
        outs.into_iter().map(PinsOut::from).collect()
    }

    /// Steps `cycles` cycles driving the same `inputs` every cycle, in one
    /// FFI call (for throughput measurements and long idle stretches).
    pub fn repeat(&mut self, inputs: &PinsIn, cycles: u64) {
        let cin = CIn::from(inputs);
        let mut last = COut::default();
        // SAFETY: pointers are valid for the call; the handle is live.
        unsafe { (self.lib.repeat)(self.handle, &cin, cycles, &mut last) };
        if cycles > 0 {
            self.out = last;
        }
    }
}

impl Drop for VerilatorEngine {
    fn drop(&mut self) {
        // SAFETY: the handle came from `create` and is destroyed once.
        unsafe { (self.lib.destroy)(self.handle) };
    }
}

impl Engine for VerilatorEngine {
    fn kind(&self) -> EngineKind {
        EngineKind::Verilator
    }

    fn outputs(&self) -> PinsOut {
        self.out.into()
    }

    fn step(&mut self, inputs: &PinsIn) {
        let cin = CIn::from(inputs);
        // SAFETY: pointers are valid for the call; the handle is live.
        unsafe { (self.lib.step)(self.handle, &cin, &mut self.out) };
    }
}

/// Libraries loaded by this process, by cache key. Holding the mutex while
/// building also keeps two threads from building the same model.
fn loaded() -> &'static Mutex<HashMap<String, Arc<ModelLib>>> {
    static LOADED: OnceLock<Mutex<HashMap<String, Arc<ModelLib>>>> = OnceLock::new();
    LOADED.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The verilator version line, computed once per process. Fails with the
/// install hint if Verilator (or the C++ toolchain it needs) is missing.
fn verilator_version() -> Result<String> {
    static VERSION: OnceLock<std::result::Result<String, String>> = OnceLock::new();
    VERSION
        .get_or_init(|| {
            let v = Tool::VERILATOR.require().map_err(|e| format!("{e:#}"))?;
            Tool::CXX.require().map_err(|e| format!("{e:#}"))?;
            Tool::MAKE.require().map_err(|e| format!("{e:#}"))?;
            Ok(v)
        })
        .clone()
        .map_err(|e| anyhow!("the Verilator engine cannot be built: {e}"))
}

/// 64-bit FNV-1a: a stable hash (unlike `DefaultHasher`) for cache keys.
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.iter().chain(std::iter::once(&0xffu8)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// The CPU's feature flags (`-march=native` code must not run elsewhere).
fn cpu_flags() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("flags"))
                .map(str::to_string)
        })
        .unwrap_or_else(|| std::env::consts::ARCH.to_string())
}

/// The cache root: `$CAPFUSE_VERILATOR_CACHE`, else
/// `<cargo target dir>/capfuse-verilator`, else `<tmp>/capfuse-verilator`.
pub fn cache_root() -> PathBuf {
    match std::env::var_os(CACHE_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => capfuse_hdl::flow::scratch_root("capfuse-verilator"),
    }
}

/// Loads the model of `verilog`, building it if no cached build exists.
fn model_library(verilog: &str) -> Result<Arc<ModelLib>> {
    let mut map = loaded().lock().unwrap_or_else(|e| e.into_inner());
    let (key, lib_path) = cached_library(&FUSE_SPEC, verilog)?;
    if let Some(lib) = map.get(&key) {
        return Ok(lib.clone());
    }
    let lib = Arc::new(ModelLib::load(&lib_path)?);
    map.insert(key, lib.clone());
    Ok(lib)
}

/// The cache key and library path of `spec` built from `verilog`, building
/// it first if no cached build exists.
pub(crate) fn cached_library(spec: &BuildSpec, verilog: &str) -> Result<(String, PathBuf)> {
    let version = verilator_version()?;
    let args = verilator_args(spec.top, final_profile(spec)).join("\u{1f}");
    let cpu = cpu_flags();
    let key = format!(
        "{:016x}",
        fnv1a(&[
            verilog.as_bytes(),
            spec.harness.as_bytes(),
            spec.train.unwrap_or("").as_bytes(),
            args.as_bytes(),
            version.as_bytes(),
            cpu.as_bytes()
        ])
    );
    let root = cache_root();
    let lib_path = root.join(&key).join(LIB_NAME);
    if !lib_path.is_file() {
        build_cached(spec, verilog, &root, &key)?;
    }
    Ok((key, lib_path))
}

/// How long a lock file may sit before it is considered abandoned.
const STALE_LOCK: Duration = Duration::from_secs(15 * 60);

/// Builds the cache entry `<root>/<key>` unless another process does it
/// first.
fn build_cached(spec: &BuildSpec, verilog: &str, root: &Path, key: &str) -> Result<()> {
    std::fs::create_dir_all(root)
        .with_context(|| format!("creating the Verilator cache {}", root.display()))?;
    let entry = root.join(key);
    let lock = root.join(format!("{key}.lock"));
    let deadline = Instant::now() + STALE_LOCK;
    // Wait while another process holds the lock, unless the lock is stale.
    let have_lock = loop {
        if entry.join(LIB_NAME).is_file() {
            return Ok(());
        }
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&lock)
        {
            Ok(_) => break true,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let age = std::fs::metadata(&lock)
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| SystemTime::now().duration_since(t).ok());
                if age.is_some_and(|a| a > STALE_LOCK) || Instant::now() > deadline {
                    // Build anyway; the rename below keeps this safe.
                    break false;
                }
                std::thread::sleep(Duration::from_millis(200));
            }
            Err(e) => {
                return Err(anyhow!(e).context(format!("creating lock {}", lock.display())));
            }
        }
    };
    let result = build_into(spec, verilog, root, &entry);
    if have_lock {
        let _ = std::fs::remove_file(&lock);
    }
    result
}

/// Builds in a private temporary directory, then renames it to `entry`.
fn build_into(spec: &BuildSpec, verilog: &str, root: &Path, entry: &Path) -> Result<()> {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let tmp = root.join(format!(
        "tmp-{}-{}-{nanos}",
        entry.file_name().and_then(|n| n.to_str()).unwrap_or("x"),
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
    let result = build_in(spec, verilog, &tmp);
    if let Err(e) = result {
        // Keep the failed build's files for inspection only if asked to.
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    match std::fs::rename(&tmp, entry) {
        Ok(()) => Ok(()),
        // Another process finished first: use its build.
        Err(_) if entry.join(LIB_NAME).is_file() => {
            let _ = std::fs::remove_dir_all(&tmp);
            Ok(())
        }
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            Err(anyhow!(e).context(format!("moving the Verilator build to {}", entry.display())))
        }
    }
}

/// The Verilog file a build of `spec` compiles, in its directory.
fn verilog_file(spec: &BuildSpec) -> String {
    format!("{}.v", spec.top)
}

/// Writes the sources into `dir`, runs Verilator (for a profile-guided
/// build, first the training executable in `dir/train`, then the library
/// with its counts), and leaves `dir/libcapfuse_vl.so` (moved out of
/// `obj_dir`).
fn build_in(spec: &BuildSpec, verilog: &str, dir: &Path) -> Result<()> {
    let vfile = verilog_file(spec);
    std::fs::write(dir.join(&vfile), verilog)?;
    std::fs::write(dir.join("harness.cpp"), spec.harness)?;
    let t = Instant::now();
    if let Some(train) = spec.train {
        std::fs::write(dir.join("train.cpp"), train)?;
        run_verilator(
            spec,
            dir,
            Profile::Generate,
            &["--Mdir", "train", "train.cpp"],
        )?;
        let exe = dir.join("train").join(TRAIN_NAME);
        let out = Command::new(&exe)
            .arg(TRAIN_CYCLES)
            .current_dir(dir.join("train"))
            .output()
            .with_context(|| format!("running the training program {}", exe.display()))?;
        if !out.status.success() {
            bail!(
                "the training run of {} failed ({}):\n{}",
                spec.what,
                out.status,
                String::from_utf8_lossy(&out.stderr)
            );
        }
        // The counts are named after the objects; the library's build
        // compiles the same sources into the same object names.
        std::fs::create_dir_all(dir.join("obj_dir"))?;
        let mut counts = 0;
        for entry in std::fs::read_dir(dir.join("train"))? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "gcda") {
                if let Some(name) = path.file_name() {
                    std::fs::copy(&path, dir.join("obj_dir").join(name))?;
                    counts += 1;
                }
            }
        }
        ensure!(
            counts > 0,
            "the training run of {} left no profile counts in {}",
            spec.what,
            dir.join("train").display()
        );
    }
    run_verilator(spec, dir, final_profile(spec), &["harness.cpp"])?;
    std::fs::rename(dir.join("obj_dir").join(LIB_NAME), dir.join(LIB_NAME))
        .context("verilator reported success but produced no library")?;
    let _ = std::fs::write(
        dir.join("build-seconds.txt"),
        format!("{:.1}\n", t.elapsed().as_secs_f64()),
    );
    // The object files are large and no longer needed.
    let _ = std::fs::remove_dir_all(dir.join("obj_dir"));
    let _ = std::fs::remove_dir_all(dir.join("train"));
    Ok(())
}

/// Runs `verilator --build` for `spec` in `dir` with the compilation's
/// arguments and then `extra` (a directory, the C++ main), keeping the log
/// as `build.log` (`build-train.log` for the training executable).
fn run_verilator(spec: &BuildSpec, dir: &Path, profile: Profile, extra: &[&str]) -> Result<()> {
    let vfile = verilog_file(spec);
    let jobs = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .to_string();
    let out = Command::new(Tool::VERILATOR.program)
        .args(verilator_args(spec.top, profile))
        .args(["-j", &jobs, vfile.as_str()])
        .args(extra)
        .current_dir(dir)
        .output();
    let out = match out {
        Ok(o) => o,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Tool::VERILATOR.missing()),
        Err(e) => return Err(anyhow!(e).context("running verilator")),
    };
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let log_name = match profile {
        Profile::Generate => "build-train.log",
        Profile::None | Profile::Use => "build.log",
    };
    let _ = std::fs::write(dir.join(log_name), &log);
    if !out.status.success() {
        let lines: Vec<&str> = log.lines().collect();
        bail!(
            "verilator build of {}{} failed ({}):\n{}",
            spec.what,
            if profile == Profile::Generate {
                " (the profile's training executable)"
            } else {
                ""
            },
            out.status,
            lines[lines.len().saturating_sub(40)..].join("\n")
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_round_trip_through_the_c_layout() {
        assert_eq!(std::mem::size_of::<CIn>(), 20);
        assert_eq!(std::mem::size_of::<COut>(), 12);
        let p = PinsIn {
            kill: true,
            rready: true,
            wstrb: 0xf,
            grant_apply: true,
            grant_done: true,
            snap_addr: 60,
            ..PinsIn::default()
        };
        let c = CIn::from(&p);
        assert_eq!((c.flags, c.flags2, c.snap_addr), (0b10_0001, 0b1_0100, 60));
        let o: PinsOut = COut {
            rdata: 7,
            snap_data: 9,
            bresp: 2,
            rresp: 0,
            flags: 0b1100_0101,
            flags2: 1,
        }
        .into();
        assert!(o.accel_clk_en && o.awready && o.rvalid && !o.irq && !o.wready);
        assert!(o.report_due && o.grant_expired);
        assert_eq!((o.rdata, o.bresp, o.snap_data), (7, 2, 9));
    }

    #[test]
    fn cache_key_hash_is_stable() {
        assert_eq!(fnv1a(&[]), 0xcbf2_9ce4_8422_2325);
        assert_ne!(fnv1a(&[b"ab", b"c"]), fnv1a(&[b"a", b"bc"]));
    }
}
