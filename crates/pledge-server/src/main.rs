fn main() -> std::process::ExitCode {
    pledge_server::cli::run()
}
