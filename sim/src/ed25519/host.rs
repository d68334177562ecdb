//! The host side of the engine's command interface: load the buffer, start
//! a command, wait for `done`, read the result words. Works on any
//! [`EdEngine`].

use super::{EdEngine, EdPinsIn};
use capfuse_hdl::ed25519::isa::{buf, cmd, status};

/// Longest a command may run before the host gives up (a hung engine).
pub const TIMEOUT_CYCLES: u64 = 5_000_000;

/// What went wrong talking to the engine.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum HostError {
    #[error("message is {len} bytes; the engine's buffer holds at most {max}")]
    MessageTooLong { len: usize, max: usize },
    #[error("the engine did not finish within {0} cycles")]
    Timeout(u64),
    #[error("the engine refused the command: status {code} ({})", status::name(*code))]
    Refused { code: u8 },
}

/// The outcome of one command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// Status when `done` rose.
    pub status: u8,
    /// Result words 0..16.
    pub words: [u32; 16],
    /// Cycles from the start edge to `done` (inclusive of the start edge).
    pub cycles: u64,
}

impl Run {
    /// The first `n` result bytes.
    pub fn bytes(&self, n: usize) -> Vec<u8> {
        self.words
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .take(n)
            .collect()
    }
}

/// Runs Ed25519 commands on an engine whose seed port holds `seed`.
pub struct Ed25519<'a> {
    engine: &'a mut dyn EdEngine,
    idle: EdPinsIn,
}

impl<'a> Ed25519<'a> {
    /// Drives `engine` with `seed` on the seed port.
    pub fn new(engine: &'a mut dyn EdEngine, seed: [u8; 32]) -> Self {
        Ed25519 {
            engine,
            idle: EdPinsIn {
                seed,
                ..EdPinsIn::default()
            },
        }
    }

    fn write_bytes(&mut self, word: usize, bytes: &[u8]) {
        for (i, chunk) in bytes.chunks(4).enumerate() {
            let mut w = [0u8; 4];
            w[..chunk.len()].copy_from_slice(chunk);
            self.engine.step(&EdPinsIn {
                buf_we: true,
                buf_waddr: (word + i) as u16,
                buf_wdata: u32::from_le_bytes(w),
                ..self.idle
            });
        }
    }

    /// Starts `op` over a message of `msg_len` bytes and waits for `done`.
    pub fn command(&mut self, op: u8, msg_len: usize) -> Result<Run, HostError> {
        self.engine.step(&EdPinsIn {
            cmd_start: true,
            cmd_op: op,
            msg_len: msg_len.min(u16::MAX as usize) as u16,
            ..self.idle
        });
        let ran = self.engine.run_until_done(&self.idle, TIMEOUT_CYCLES);
        if !self.engine.outputs().done {
            return Err(HostError::Timeout(TIMEOUT_CYCLES));
        }
        let mut words = [0u32; 16];
        for (w, out) in words.iter_mut().enumerate() {
            self.engine.step(&EdPinsIn {
                res_addr: w as u8,
                ..self.idle
            });
            *out = self.engine.outputs().res_data;
        }
        Ok(Run {
            status: self.engine.outputs().status,
            words,
            cycles: ran + 1,
        })
    }

    fn load_message(&mut self, msg: &[u8]) -> Result<(), HostError> {
        if msg.len() > buf::MAX_MSG {
            return Err(HostError::MessageTooLong {
                len: msg.len(),
                max: buf::MAX_MSG,
            });
        }
        self.write_bytes(buf::MSG_WORD, msg);
        Ok(())
    }

    fn ok(run: Run) -> Result<Run, HostError> {
        match run.status {
            status::OK => Ok(run),
            code => Err(HostError::Refused { code }),
        }
    }

    /// Derives the public key; returns it and the run.
    pub fn pubkey(&mut self) -> Result<([u8; 32], Run), HostError> {
        let run = Self::ok(self.command(cmd::PUBKEY, 0)?)?;
        Ok((run.bytes(32).try_into().unwrap(), run))
    }

    /// Signs `msg` (the public key must have been derived).
    pub fn sign(&mut self, msg: &[u8]) -> Result<([u8; 64], Run), HostError> {
        self.load_message(msg)?;
        let run = Self::ok(self.command(cmd::SIGN, msg.len())?)?;
        Ok((run.bytes(64).try_into().unwrap(), run))
    }

    /// Verifies `sig` over `msg` under `pk`; `run.status` is OK when accepted,
    /// otherwise the reason.
    pub fn verify(&mut self, pk: &[u8; 32], msg: &[u8], sig: &[u8; 64]) -> Result<Run, HostError> {
        self.load_message(msg)?;
        self.write_bytes(buf::R_WORD, &sig[..32]);
        self.write_bytes(buf::A_WORD, pk);
        self.write_bytes(buf::S_WORD, &sig[32..]);
        self.command(cmd::VERIFY, msg.len())
    }

    /// SHA-512 of `msg`.
    pub fn sha512(&mut self, msg: &[u8]) -> Result<([u8; 64], Run), HostError> {
        self.load_message(msg)?;
        let run = Self::ok(self.command(cmd::SHA512, msg.len())?)?;
        Ok((run.bytes(64).try_into().unwrap(), run))
    }
}
