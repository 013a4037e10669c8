//! A throw-away PostgreSQL server for tests and benchmarks: its own data
//! directory and a free loopback port, trust authentication, fsync on.
//! PostgreSQL refuses to run as root, so as root it runs as the
//! `postgres` user through `runuser`.

use std::path::{Path, PathBuf};
use std::process::Command;

pub const SKIP_VARIABLE: &str = "PLEDGE_SKIP_POSTGRES";

pub fn skipped() -> bool {
    std::env::var(SKIP_VARIABLE).is_ok_and(|v| v == "1")
}

pub struct TempPostgres {
    dir: tempfile::TempDir,
    bin: PathBuf,
    as_postgres_user: bool,
    pub port: u16,
    /// The `postgres` options it was started with (for `start_again`).
    options: String,
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(2) == Some("0"))
        })
        .unwrap_or(false)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl TempPostgres {
    /// Starts a server, or says clearly what is missing.
    pub fn start() -> Result<TempPostgres, String> {
        TempPostgres::start_with(false)
    }

    /// A server that takes TLS connections only (`ssl=on`, a certificate
    /// for 127.0.0.1 signed by a CA made here, plain TCP rejected), and the
    /// path of that CA's certificate.
    pub fn start_tls() -> Result<(TempPostgres, PathBuf), String> {
        let pg = TempPostgres::start_with(true)?;
        let ca = pg.dir.path().join("ca.pem");
        Ok((pg, ca))
    }

    fn start_with(tls: bool) -> Result<TempPostgres, String> {
        let bin = PathBuf::from(
            std::env::var("PLEDGE_PG_BIN").unwrap_or_else(|_| "/usr/lib/postgresql/15/bin".into()),
        );
        let hint = format!("install Debian's postgresql package (PostgreSQL 15), or set {SKIP_VARIABLE}=1 to skip the PostgreSQL runs");
        for tool in ["initdb", "pg_ctl", "postgres", "createdb"] {
            if !bin.join(tool).exists() {
                return Err(format!("{} is missing: {hint}", bin.join(tool).display()));
            }
        }
        let as_postgres_user = is_root();
        if as_postgres_user {
            let runuser = Command::new("runuser").arg("--help").output();
            if runuser.is_err() {
                return Err(format!("running as root needs `runuser` (util-linux) to start PostgreSQL as user postgres: {hint}"));
            }
            let user = Command::new("id")
                .arg("postgres")
                .output()
                .map_err(|e| e.to_string())?;
            if !user.status.success() {
                return Err(format!("running as root needs a `postgres` user: {hint}"));
            }
        }
        let dir = tempfile::Builder::new()
            .prefix("pledge-pg-")
            .tempdir()
            .map_err(|e| e.to_string())?;
        let mut pg = TempPostgres {
            dir,
            bin,
            as_postgres_user,
            port: free_port(),
            options: String::new(),
        };
        if tls {
            make_certificates(pg.dir.path())?;
        }
        if as_postgres_user {
            pg.run(
                Command::new("chown")
                    .args(["-R", "postgres:postgres"])
                    .arg(pg.dir.path()),
            )?;
        }
        let data = pg.data_dir();
        pg.run(pg.tool("initdb").arg("-D").arg(&data).args([
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-locale",
        ]))?;
        let mut options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200",
            pg.port,
            pg.dir.path().display()
        );
        if tls {
            let dir = pg.dir.path().display();
            options.push_str(&format!(
                " -c ssl=on -c ssl_cert_file={dir}/server.crt -c ssl_key_file={dir}/server.key"
            ));
            // TCP only with TLS; the local socket (createdb) stays open.
            let hba = "local all all trust\nhostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n";
            let hba_file = pg.dir.path().join("pg_hba.conf");
            std::fs::write(&hba_file, hba).map_err(|e| e.to_string())?;
            if as_postgres_user {
                pg.run(
                    Command::new("chown")
                        .arg("postgres:postgres")
                        .arg(&hba_file),
                )?;
            }
            options.push_str(&format!(" -c hba_file={}", hba_file.display()));
        }
        pg.options = options;
        pg.start_again()?;
        Ok(pg)
    }

    /// Starts the server again (after `stop`), same port and data.
    pub fn start_again(&self) -> Result<(), String> {
        let log = self.dir.path().join("server.log");
        self.run(
            self.tool("pg_ctl")
                .arg("-D")
                .arg(self.data_dir())
                .arg("-l")
                .arg(&log)
                .args(["-w", "-t", "60", "-o", &self.options, "start"]),
        )
        .map_err(|e| format!("{e}\n{}", std::fs::read_to_string(&log).unwrap_or_default()))
    }

    /// Stops the server at once (`-m fast`), as an outage would.
    pub fn stop(&self) -> Result<(), String> {
        self.run(
            self.tool("pg_ctl")
                .arg("-D")
                .arg(self.data_dir())
                .args(["-w", "-m", "fast", "stop"]),
        )
    }

    fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn tool(&self, name: &str) -> Command {
        let mut command = if self.as_postgres_user {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(self.bin.join(name));
            c
        } else {
            Command::new(self.bin.join(name))
        };
        command.current_dir(self.dir.path());
        command
    }

    fn run(&self, command: &mut Command) -> Result<(), String> {
        let out = command.output().map_err(|e| format!("{command:?}: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "{command:?} failed: {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(())
    }

    /// A new, empty database; returns its URL.
    pub fn create_database(&self, name: &str) -> String {
        let socket_dir = self.dir.path().display().to_string();
        self.run(self.tool("createdb").args([
            "-h",
            &socket_dir,
            "-p",
            &self.port.to_string(),
            "-U",
            "postgres",
            name,
        ]))
        .unwrap_or_else(|e| panic!("createdb {name}: {e}"));
        self.url(name)
    }

    pub fn url(&self, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{database}", self.port)
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

/// A CA and a server certificate for 127.0.0.1 signed by it (openssl).
fn make_certificates(dir: &Path) -> Result<(), String> {
    let openssl = |args: &[&str]| -> Result<(), String> {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .map_err(|e| format!("openssl: {e} (install Debian's openssl package)"))?;
        if !out.status.success() {
            return Err(format!(
                "openssl {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(())
    };
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    openssl(
        &[
            &["req", "-x509", "-days", "2", "-subj", "/CN=pledge test CA"][..],
            &ec[..],
            &["-keyout", "ca.key", "-out", "ca.pem"][..],
        ]
        .concat(),
    )?;
    openssl(
        &[
            &["req", "-subj", "/CN=127.0.0.1"][..],
            &ec[..],
            &["-keyout", "server.key", "-out", "server.csr"][..],
        ]
        .concat(),
    )?;
    std::fs::write(
        dir.join("san.ext"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n",
    )
    .map_err(|e| e.to_string())?;
    openssl(&[
        "x509",
        "-req",
        "-days",
        "2",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-extfile",
        "san.ext",
        "-out",
        "server.crt",
    ])?;
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(
        dir.join("server.key"),
        std::fs::Permissions::from_mode(0o600),
    )
    .map_err(|e| e.to_string())
}

impl Drop for TempPostgres {
    fn drop(&mut self) {
        let data = self.data_dir();
        let _ = self.run(
            self.tool("pg_ctl")
                .arg("-D")
                .arg(&data)
                .args(["-w", "-m", "fast", "stop"]),
        );
    }
}
