"""A throw-away PostgreSQL cluster for tests and CI: start it in a folder, print its URL, remove it.

    python scripts/pg_throwaway.py start FOLDER [--port N]   # prints postgresql+psycopg://...
    python scripts/pg_throwaway.py url FOLDER                 # the same URL again
    python scripts/pg_throwaway.py stop FOLDER                # stops the server, deletes FOLDER

The server listens on 127.0.0.1 only (a free port unless ``--port``), trusts local connections
(it holds nothing but test data), and trades durability for speed (no fsync): never use it for a
real shop. PostgreSQL refuses to run as root, so as root the cluster is owned by and run as an
unprivileged user: ``--user``, else ``postgres`` (Debian's package creates it), else a system user
``deskmate-pg`` created for the purpose. Only the standard library: runs before any virtualenv.
"""
from __future__ import annotations

import argparse
import os
import pwd
import shutil
import socket
import subprocess
import sys
from pathlib import Path

SUPERUSER = "deskmate"
MARKER = "deskmate-throwaway"
#: Enough for two xdist workers plus the multi-process tests (twenty issuers, five desktops).
MAX_CONNECTIONS = 300
SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "max_connections": str(MAX_CONNECTIONS),
    "fsync": "off",                 # a throw-away cluster: speed over durability
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "shared_buffers": "64MB",
    "log_min_messages": "warning",
    "timezone": "'UTC'",
}


def pg_bin(name: str) -> str:
    """A server program: Debian keeps them in /usr/lib/postgresql/<major>/bin (newest first),
    out of PATH; elsewhere they are on PATH."""
    majors = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                    key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0, reverse=True)
    for folder in majors:
        if (folder / name).is_file():
            return str(folder / name)
    found = shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PostgreSQL's server (Debian: apt-get install postgresql)")
    return found


def _service_user(requested: str | None) -> pwd.struct_passwd | None:
    """The user the server runs as, or None to run as ourselves (we are not root)."""
    if os.geteuid() != 0:
        return None
    for name in ([requested] if requested else ["postgres", "deskmate-pg"]):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    if requested:
        sys.exit(f"no such user: {requested}")
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "deskmate-pg"],
                   check=True)
    return pwd.getpwnam("deskmate-pg")


def _run(cmd: list[str], user: pwd.struct_passwd | None, **kw: object) -> subprocess.CompletedProcess[str]:
    extra: dict[str, object] = {}
    if user is not None:
        extra = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": [],
                 "env": {**os.environ, "HOME": user.pw_dir, "USER": user.pw_name, "LOGNAME": user.pw_name}}
    return subprocess.run(cmd, text=True, check=True, **extra, **kw)  # type: ignore[call-overload, no-any-return]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def url_of(folder: Path) -> str:
    port = (folder / "port").read_text().strip()
    return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}/postgres"


def start(folder: Path, port: int | None, user_name: str | None) -> str:
    folder = folder.resolve()
    data = folder / "data"
    if data.exists():
        sys.exit(f"{folder} already holds a cluster: stop it first")
    user = _service_user(user_name)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MARKER).write_text("a throw-away PostgreSQL cluster; scripts/pg_throwaway.py stop removes it\n")
    port = port or _free_port()
    (folder / "port").write_text(f"{port}\n")
    for d in (data, folder / "run"):
        d.mkdir(mode=0o700)
    if user is not None:
        for p in (folder, data, folder / "run"):
            os.chown(p, user.pw_uid, user.pw_gid)
        # the server user must reach the folder through its parents (e.g. a 0700 /tmp/xyz)
        for parent in folder.parents:
            mode = parent.stat().st_mode
            if not mode & 0o001:
                os.chmod(parent, mode | 0o001)
    _run([pg_bin("initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
          "--locale=C", "--no-sync"], user, stdout=subprocess.DEVNULL)
    with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write("\n# scripts/pg_throwaway.py\n")
        conf.write(f"port = {port}\nunix_socket_directories = '{folder / 'run'}'\n")
        for key, value in SETTINGS.items():
            conf.write(f"{key} = {value}\n")
    log = folder / "server.log"
    log.touch()
    if user is not None:
        os.chown(log, user.pw_uid, user.pw_gid)
    try:
        _run([pg_bin("pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "start"], user,
             stdout=subprocess.DEVNULL)
    except subprocess.CalledProcessError:
        sys.stderr.write(log.read_text(errors="replace")[-4000:])
        raise
    return url_of(folder)


def stop(folder: Path) -> None:
    folder = folder.resolve()
    if not (folder / MARKER).exists():
        sys.exit(f"{folder} is not a throw-away cluster made by this script; left alone")
    data = folder / "data"
    if (data / "postmaster.pid").exists():
        owner = data.stat().st_uid
        user = pwd.getpwuid(owner) if os.geteuid() == 0 and owner != 0 else None
        _run([pg_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], user,
             stdout=subprocess.DEVNULL)
    shutil.rmtree(folder)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("start", help="create and start a cluster in FOLDER; print its URL")
    s.add_argument("folder", type=Path)
    s.add_argument("--port", type=int, default=None, help="default: a free one")
    s.add_argument("--user", default=None, help="run the server as this user (when started as root)")
    u = sub.add_parser("url", help="print the URL of the cluster in FOLDER")
    u.add_argument("folder", type=Path)
    t = sub.add_parser("stop", help="stop the cluster in FOLDER and delete FOLDER")
    t.add_argument("folder", type=Path)
    args = ap.parse_args(argv)
    if args.command == "start":
        print(start(args.folder, args.port, args.user))
    elif args.command == "url":
        print(url_of(args.folder.resolve()))
    else:
        stop(args.folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
