//! A real nginx serving a directory of static files on a free loopback
//! port, as a child process of the caller (no daemon, no master process,
//! every file it writes inside a private directory), stopped when dropped.
//! `capfuse bench --fleet-only` serves its fleet of logs with it, and the
//! transparency-log tests serve theirs (they include this file as a
//! module, so it uses only the standard library).

use std::io::{self, BufRead, Seek};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Where Debian (and most distributions) install nginx.
const BINARIES: [&str; 2] = ["/usr/sbin/nginx", "/usr/bin/nginx"];
/// How long nginx may take to listen.
const START_TIMEOUT: Duration = Duration::from_secs(10);

/// nginx serving `root`, killed on drop.
pub struct Nginx {
    child: Child,
    port: u16,
    dir: PathBuf,
}

/// What the access log says about a stretch of requests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Served {
    /// Requests answered.
    pub requests: u64,
    /// Of them, answered with a status other than 200.
    pub not_ok: u64,
    /// Response bodies, bytes.
    pub body_bytes: u64,
    /// Responses with their headers, bytes.
    pub bytes: u64,
}

impl Nginx {
    /// Starts nginx serving `root` on a free port of 127.0.0.1, with its
    /// configuration, logs, pid and temporary files in `dir`; returns once
    /// it accepts connections.
    pub fn start(dir: &Path, root: &Path) -> io::Result<Nginx> {
        let nginx = BINARIES
            .into_iter()
            .find(|p| Path::new(p).exists())
            .ok_or_else(|| {
                io::Error::new(
                    io::ErrorKind::NotFound,
                    "nginx is not installed (Debian package nginx; scripts/install-tools.sh)",
                )
            })?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let d = dir.display();
        let conf = format!(
            "daemon off;\nmaster_process off;\npid {d}/nginx.pid;\nerror_log {d}/error.log;\n\
             events {{ worker_connections 1024; }}\n\
             http {{\n  log_format capfuse '$status $body_bytes_sent $bytes_sent $request_uri';\n\
             access_log {d}/access.log capfuse;\n  client_body_temp_path {d}/tmp-body;\n\
             proxy_temp_path {d}/tmp-proxy;\n  fastcgi_temp_path {d}/tmp-fastcgi;\n\
             uwsgi_temp_path {d}/tmp-uwsgi;\n  scgi_temp_path {d}/tmp-scgi;\n\
             default_type application/octet-stream;\n\
             server {{ listen 127.0.0.1:{port}; root {}; }}\n}}\n",
            root.display()
        );
        let conf_path = dir.join("nginx.conf");
        std::fs::write(&conf_path, conf)?;
        let child = Command::new(nginx)
            .args(["-e", &format!("{d}/error.log"), "-p"])
            .arg(dir)
            .arg("-c")
            .arg(&conf_path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()?;
        // From here on a failure drops (kills) the child.
        let mut n = Nginx {
            child,
            port,
            dir: dir.to_path_buf(),
        };
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            let exited = n.child.try_wait()?.is_some();
            if exited || start.elapsed() > START_TIMEOUT {
                let log = std::fs::read_to_string(dir.join("error.log")).unwrap_or_default();
                return Err(io::Error::other(format!(
                    "nginx did not listen on 127.0.0.1:{port}{}: {}",
                    if exited { " (it exited)" } else { "" },
                    log.trim()
                )));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(n)
    }

    /// The URL of `path` (relative to the served root).
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{path}", self.port)
    }

    /// Bytes in the access log so far: give it to [`Nginx::served_since`]
    /// to count the requests after this point.
    pub fn log_mark(&self) -> io::Result<u64> {
        match std::fs::metadata(self.dir.join("access.log")) {
            Ok(m) => Ok(m.len()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(0),
            Err(e) => Err(e),
        }
    }

    /// The requests in the access log after `mark` (nginx writes a line
    /// per request as it finishes, unbuffered).
    pub fn served_since(&self, mark: u64) -> io::Result<Served> {
        let mut f = std::fs::File::open(self.dir.join("access.log"))?;
        f.seek(io::SeekFrom::Start(mark))?;
        let mut s = Served::default();
        for line in io::BufReader::new(f).lines() {
            let line = line?;
            let mut w = line.split(' ');
            let mut num = || w.next().and_then(|v| v.parse::<u64>().ok());
            let (Some(status), Some(body), Some(all)) = (num(), num(), num()) else {
                continue;
            };
            s.requests += 1;
            s.not_ok += u64::from(status != 200);
            s.body_bytes += body;
            s.bytes += all;
        }
        Ok(s)
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
