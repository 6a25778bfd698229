#!/usr/bin/env python3
"""nisc-export against a hostile or full file system (issue 11, point 1).

Each check holds one guarantee of docs/hardening.md ("nisc-export writes safely") and prints its
name with ok, FAIL or skipped (with the reason). Everything happens under --workdir.

With --probe (tests/export/fault_probe.cpp, preloaded), the exporter's file-system calls are
logged, so the checks see the temporary file's name, the fsyncs and the renames, and every call of
a run is made to fail in turn. As root (CI runs as root), permission checks run the exporter as
the user `nobody` in a directory of its own: under --workdir, or, when `nobody` cannot reach it
(a checkout under /root), under a fresh directory in the system's temporary directory with a copy
of the exporter, removed at the end. Should even that fail, they are skipped; the failures that
hold for root too (a path under a file, a file-size limit) are checked in any case.

usage: check_safety.py --exporter EXE --workdir DIR [--probe LIB]
"""

import argparse
import json
import os
import pwd
import resource
import shutil
import stat
import subprocess
import sys
import tempfile

ROOT = os.geteuid() == 0
try:
    NOBODY = pwd.getpwnam("nobody")[2:4]
except KeyError:
    NOBODY = (65534, 65534)


class Result:
    def __init__(self, rc, out, err):
        self.rc, self.out, self.err = rc, out, err

    def __repr__(self):
        return f"exit {self.rc}, stderr {self.err[:300]!r}"


def snapshot(top):
    """Everything under `top` (not following links): relative path -> kind, mode, content."""
    found = {}
    for d, dirs, files in os.walk(top):
        for name in dirs + files:
            p = os.path.join(d, name)
            st = os.lstat(p)
            rel = os.path.relpath(p, top)
            if stat.S_ISLNK(st.st_mode):
                found[rel] = ("link", os.readlink(p))
            elif stat.S_ISREG(st.st_mode):
                with open(p, "rb") as f:
                    found[rel] = ("file", stat.S_IMODE(st.st_mode), f.read())
            else:
                found[rel] = (stat.S_IFMT(st.st_mode), stat.S_IMODE(st.st_mode))
    return found


def read(path):
    with open(path, "rb") as f:
        return f.read()


def log_lines(log):
    """The probe's log as lists of fields; empty when the exporter made no call the probe sees."""
    return [l.split("\t") for l in read(log).decode().splitlines()] if os.path.exists(log) else []


def write(path, data, mode=None):
    with open(path, "wb") as f:
        f.write(data)
    if mode is not None:
        os.chmod(path, mode)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--exporter", required=True)
    p.add_argument("--workdir", required=True)
    p.add_argument("--probe")
    a = p.parse_args()
    exporter = os.path.abspath(a.exporter)
    probe = os.path.abspath(a.probe) if a.probe else None
    shutil.rmtree(a.workdir, ignore_errors=True)
    os.makedirs(a.workdir)
    work = os.path.realpath(a.workdir)
    os.chmod(work, 0o755)
    os.umask(0o022)

    def run(*args, cwd=None, fsize=None, nobody=False, close_stdout=False, stdout=subprocess.PIPE, umask=None,
            fail_at=None, log=None, before=None):
        def child():
            if umask is not None:
                os.umask(umask)
            if fsize is not None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
            if nobody:
                os.setgroups([])
                os.setgid(NOBODY[1])
                os.setuid(NOBODY[0])
            if close_stdout:
                os.close(1)
            if before:
                before()

        env = dict(os.environ)
        if log is not None or fail_at is not None:
            env["LD_PRELOAD"] = probe
            env["NISC_PROBE_LOG"] = log or os.devnull
            if fail_at is not None:
                env["NISC_PROBE_FAIL"] = str(fail_at)
        r = subprocess.run([nobody_exporter if nobody else exporter, *args], cwd=cwd or work, stdout=stdout,
                           stderr=subprocess.PIPE,
                           preexec_fn=child, env=env, timeout=120)
        return Result(r.returncode, r.stdout if r.stdout is not None else b"", r.stderr.decode("utf-8", "replace"))

    def fresh(name):
        d = os.path.join(work, name)
        os.makedirs(d)
        return d

    reference_csv = run().out
    reference_json = run("--format", "json").out
    ref_dir = os.path.join(work, "reference-package")
    if run("--format", "datapackage", "--output", ref_dir).rc != 0:
        print("FAIL: cannot write the reference package")
        return 1
    reference_package = snapshot(ref_dir)

    def refused(r, path, reason):
        """A clean failure: exit 1, one message naming the user's path and the reason."""
        if r.rc != 1 or not r.err.startswith("nisc-export: ") or path not in r.err or reason not in r.err:
            return [f"wanted exit 1 and a message with {path!r} and {reason!r}: {r}"]
        return []

    def old_package(d):
        """A copy of the reference package, told apart by one byte: what a previous run left."""
        shutil.copytree(ref_dir, d)
        with open(os.path.join(d, "data", "records.csv"), "ab") as f:
            f.write(b"old\r\n")
        return snapshot(d)

    probe_ok = probe is not None and os.path.exists(probe)
    def nobody_can_write(base):
        d = os.path.join(base, "nobody-trial")
        os.makedirs(d)
        os.chown(d, *NOBODY)
        try:
            return run("--output", os.path.join(d, "x.csv"), nobody=True, cwd=d).rc == 0
        except OSError:  # the exporter itself is out of reach
            return False

    nobody_ok, nobody_base, nobody_exporter, scratch = False, work, exporter, None
    if ROOT:
        nobody_ok = nobody_can_write(work)
        if not nobody_ok:
            scratch = tempfile.mkdtemp(prefix="nisc-export-safety-")
            os.chmod(scratch, 0o755)
            nobody_exporter = shutil.copy(exporter, os.path.join(scratch, "nisc-export"))
            nobody_base = scratch
            nobody_ok = nobody_can_write(scratch)

    checks = []

    def check(needs=None):
        def register(f):
            checks.append((f.__name__, f, needs))
            return f
        return register

    # ---- the temporary file ------------------------------------------------------------------
    @check(needs="probe")
    def temporary_file_short_exclusive_in_target_directory_never_reused():
        d = fresh("tmpname")
        target = os.path.join(d, "b" * 255)
        names, bad = [], []
        for i in range(2):
            log = os.path.join(work, f"tmpname-{i}.log")
            r = run("--output", target, log=log)
            lines = log_lines(log)
            made = [l[2] for l in lines if l[1] == "made"]
            if r.rc != 0 or read(target) != reference_csv or len(made) != 1:
                bad.append(f"run {i}: {r}, temporaries {made}")
                continue
            names.append(made[0])
            if not any(l[1] == "mkostemp" for l in lines):
                bad.append("the temporary file is not made by mkostemp (O_CREAT|O_EXCL, a fresh name)")
        for n in names:
            if os.path.dirname(n) != d or len(os.path.basename(n)) > 16 or os.path.exists(n):
                bad.append(f"temporary {n!r}: not a short name beside the target, or left behind")
        if len(set(names)) != len(names):
            bad.append(f"a temporary name was used twice: {names}")
        if sorted(os.listdir(d)) != ["b" * 255]:
            bad.append(f"left in the directory: {os.listdir(d)}")
        return bad

    @check()
    def planted_symlink_at_the_old_temporary_name_is_not_followed():
        d = fresh("planted-link")
        victim = os.path.join(fresh("planted-link-outside"), "victim")
        write(victim, b"not yours\n")
        target = os.path.join(d, "out.csv")
        # The old exporter wrote to <target>.tmp-<pid>; the child plants that link just before exec.
        plant = lambda: os.symlink(victim, f"{target}.tmp-{os.getpid()}")
        r = run("--output", target, before=plant)
        bad = []
        if read(victim) != b"not yours\n":
            bad.append("the file behind the planted link was overwritten")
        links = [n for n in os.listdir(d) if n.startswith("out.csv.tmp-")]
        if r.rc != 0 or read(target) != reference_csv or len(links) != 1:
            bad.append(f"{r}; planted links left: {links}")
        return bad

    @check()
    def failed_run_removes_only_a_file_it_created():
        d = fresh("planted-file")
        target = os.path.join(d, "out.csv")
        write(target, b"old\n")

        def plant():
            write(f"{target}.tmp-{os.getpid()}", b"someone else's\n")

        r = run("--output", target, fsize=4096, before=plant)
        others = [n for n in os.listdir(d) if n != "out.csv"]
        bad = refused(r, target, "File too large")
        if len(others) != 1 or read(os.path.join(d, others[0])) != b"someone else's\n":
            bad.append(f"the planted file was removed or changed: {others}")
        if read(target) != b"old\n":
            bad.append("the old file was changed")
        return bad

    # ---- atomic and durable ----------------------------------------------------------------
    def calls(log):
        return [l for l in log_lines(log) if l[0] != "-"]

    @check(needs="probe")
    def file_is_synced_renamed_then_directory_synced():
        d = fresh("durable-file")
        target = os.path.join(d, "out.csv")
        log = os.path.join(work, "durable-file.log")
        r = run("--output", target, log=log)
        lines = log_lines(log)
        tmp = next((l[2] for l in lines if l[1] == "made"), None)
        order = [(l[1], l[2]) for l in lines]
        want = [("fsync", tmp), ("rename", tmp), ("fsync", d)]
        try:
            at = [order.index(w) for w in want]
        except ValueError:
            return [f"{r}; calls {order}: wanted {want} in this order"]
        return [] if r.rc == 0 and at == sorted(at) else [f"{r}; calls {order}"]

    @check(needs="probe")
    def file_failure_at_every_step_leaves_old_or_new():
        d = fresh("every-step-file")
        target = os.path.join(d, "out.csv")
        log = os.path.join(work, "every-step-file.log")
        write(target, b"old\n", 0o640)
        run("--output", target, log=log)
        steps = calls(log)
        swap = next((int(l[0]) for l in steps if l[1] == "rename" and l[3] == target), 0)  # no return after it
        bad = []
        for n in range(1, len(steps) + 1):
            write(target, b"old\n", 0o640)
            r = run("--output", target, fail_at=n)
            now = read(target)
            want = b"old\n" if n <= swap else reference_csv
            what = f"call {n} ({steps[n - 1][1]}) failed:"
            if now != want or os.listdir(d) != ["out.csv"] or stat.S_IMODE(os.stat(target).st_mode) != 0o640:
                bad.append(f"{what} left {now[:20]!r}, {os.listdir(d)}")
            bad += [f"{what} {m}" for m in refused(r, target, "rror" if steps[n - 1][1] != "write" else "space")]
        return bad + ([] if len(steps) >= 5 else [f"only {len(steps)} calls seen"])

    @check(needs="probe")
    def package_is_synced_then_swapped_then_parent_synced():
        parent = fresh("durable-package")
        target = os.path.join(parent, "pkg")
        old_package(target)
        log = os.path.join(work, "durable-package.log")
        r = run("--format", "datapackage", "--output", target, "--force", log=log)
        lines = log_lines(log)
        tmp = next((l[2] for l in lines if l[1] == "made"), "?")
        order = [(l[1], l[2]) for l in lines]
        swap = next((i for i, o in enumerate(order) if o[0] == "renameat2" and o[1] == tmp), None)
        bad = [] if r.rc == 0 and snapshot(target) == reference_package else [f"{r}, package not the new one"]
        if swap is None or lines[swap][3] != target or os.path.dirname(tmp) != parent:
            return bad + [f"no exchange of a sibling directory with the package: {order}"]
        synced = {p for (c, p) in order[:swap] if c == "fsync"}
        for rel in reference_package:
            if os.path.join(tmp, rel) not in synced:
                bad.append(f"{rel} not synced before the exchange")
        if tmp not in synced or ("fsync", parent) not in order[swap:]:
            bad.append(f"directories not synced: {order}")
        return bad + ([] if sorted(os.listdir(parent)) == ["pkg"] else [f"left: {os.listdir(parent)}"])

    @check(needs="probe")
    def package_failure_at_every_step_leaves_old_or_new():
        parent = fresh("every-step-package")
        target = os.path.join(parent, "pkg")
        old = old_package(target)
        log = os.path.join(work, "every-step-package.log")
        run("--format", "datapackage", "--output", target, "--force", log=log)
        steps = calls(log)
        swap = next((int(l[0]) for l in steps if l[1] in ("rename", "renameat2") and l[3] == target), 0)
        bad = []
        for n in range(1, len(steps) + 1):
            shutil.rmtree(target, ignore_errors=True)
            old_package(target)
            r = run("--format", "datapackage", "--output", target, "--force", fail_at=n)
            want = old if n <= swap else reference_package
            what = f"call {n} ({steps[n - 1][1]} {os.path.relpath(steps[n - 1][2], parent)}) failed:"
            if snapshot(target) != want:
                bad.append(f"{what} the package is neither the old one nor the new one as expected")
            if sorted(os.listdir(parent)) != ["pkg"]:
                bad.append(f"{what} left {os.listdir(parent)}")
            # An unreadable descriptor of the old package makes it unrecognised: refused as foreign.
            reason = "not a nisc data package" if steps[n - 1][2].endswith("pkg/datapackage.json") else (
                "space" if steps[n - 1][1] == "write" else "rror")
            bad += [f"{what} {m}" for m in refused(r, target, reason)]
        return bad + ([] if len(steps) >= 20 else [f"only {len(steps)} calls seen"])

    # ---- every failure a message, never an abort ----------------------------------------------
    @check()
    def name_of_255_bytes_is_written():
        d = fresh("name255")
        r = run("--output", os.path.join(d, "n" * 255))
        ok = r.rc == 0 and read(os.path.join(d, "n" * 255)) == reference_csv and len(os.listdir(d)) == 1
        return [] if ok else [f"{r}, {os.listdir(d)}"]

    @check()
    def name_of_256_bytes_is_a_message():
        d = fresh("name256")
        path = os.path.join(d, "n" * 256)
        return refused(run("--output", path), path, "File name too long") + refused(
            run("--format", "datapackage", "--output", path), path, "File name too long")

    @check()
    def symlink_loop_is_a_message():
        d = fresh("loop")
        os.symlink("loop", os.path.join(d, "loop"))
        path = os.path.join(d, "loop", "out.csv")
        return refused(run("--output", path), path, "Too many levels of symbolic links") + refused(
            run("--format", "datapackage", "--output", path), path, "Too many levels of symbolic links")

    @check()
    def path_under_a_file_is_a_message():
        d = fresh("under-file")
        write(os.path.join(d, "file"), b"x")
        path = os.path.join(d, "file", "out.csv")
        return refused(run("--output", path), path, "Not a directory") + refused(
            run("--format", "datapackage", "--output", path), path, "Not a directory")

    def unprivileged(name):
        d = os.path.join(nobody_base, name)
        os.makedirs(d)
        if ROOT:
            os.chown(d, *NOBODY)
        return d

    @check(needs="unprivileged")
    def unsearchable_parent_is_a_message():
        d = unprivileged("unsearchable")
        os.chmod(d, 0o000)
        path = os.path.join(d, "out.csv")
        r1 = run("--output", path, nobody=ROOT, cwd=nobody_base)
        r2 = run("--format", "datapackage", "--output", os.path.join(d, "pkg"), nobody=ROOT, cwd=nobody_base)
        os.chmod(d, 0o755)
        return refused(r1, path, "Permission denied") + refused(r2, os.path.join(d, "pkg"), "Permission denied")

    @check(needs="unprivileged")
    def read_only_directory_is_a_message():
        d = unprivileged("read-only-dir")
        os.chmod(d, 0o555)
        path = os.path.join(d, "out.csv")
        r1 = run("--output", path, nobody=ROOT, cwd=nobody_base)
        r2 = run("--format", "datapackage", "--output", os.path.join(d, "pkg"), nobody=ROOT, cwd=nobody_base)
        os.chmod(d, 0o755)
        bad = refused(r1, path, "Permission denied") + refused(r2, os.path.join(d, "pkg"), "Permission denied")
        return bad + ([] if not os.listdir(d) else [f"left: {os.listdir(d)}"])

    @check()
    def file_size_limit_is_a_message_and_keeps_the_old_file():
        d = fresh("fsize")
        target = os.path.join(d, "out.csv")
        write(target, b"old\n")
        bad = refused(run("--output", target, fsize=4096), target, "File too large")
        bad += refused(run("--format", "json", "--output", target, fsize=4096), target, "File too large")
        return bad + ([] if read(target) == b"old\n" and os.listdir(d) == ["out.csv"] else ["old file not kept"])

    # ---- what the user had ------------------------------------------------------------------
    @check()
    def mode_of_a_replaced_file_is_kept():
        d = fresh("mode")
        target = os.path.join(d, "out.csv")
        write(target, b"old\n", 0o600)
        r = run("--output", target)
        bad = [] if r.rc == 0 and stat.S_IMODE(os.stat(target).st_mode) == 0o600 else [f"0600 -> {oct(os.stat(target).st_mode)}, {r}"]
        fresh_file = os.path.join(d, "new.csv")
        r = run("--output", fresh_file, umask=0o027)
        if r.rc != 0 or stat.S_IMODE(os.stat(fresh_file).st_mode) != 0o640:
            bad.append(f"a new file under umask 027 is not 0640: {r}")
        return bad

    @check(needs="root")
    def owner_of_a_replaced_file_is_kept():
        d = fresh("owner")
        target = os.path.join(d, "out.csv")
        write(target, b"old\n")
        os.chown(target, *NOBODY)
        r = run("--output", target)
        st = os.stat(target)
        return [] if r.rc == 0 and (st.st_uid, st.st_gid) == NOBODY else [f"owner now {st.st_uid}:{st.st_gid}, {r}"]

    @check()
    def hard_linked_file_is_refused_then_replaced_by_name_with_force():
        d = fresh("hardlink")
        target, other = os.path.join(d, "out.csv"), os.path.join(d, "other.csv")
        write(target, b"old\n")
        os.link(target, other)
        bad = refused(run("--output", target), target, "hard links")
        if read(target) != b"old\n":
            bad.append("replaced without --force")
        r = run("--output", target, "--force")
        if r.rc != 0 or read(target) != reference_csv or read(other) != b"old\n" or os.stat(target).st_nlink != 1:
            bad.append(f"--force: {r}; the other link must keep the old content")
        return bad

    @check()
    def read_only_file_is_refused_then_replaced_with_force():
        d = fresh("read-only")
        target = os.path.join(d, "out.csv")
        write(target, b"old\n", 0o444)
        bad = refused(run("--output", target), target, "read-only")
        if read(target) != b"old\n":
            bad.append("replaced without --force")
        r = run("--output", target, "--force")
        if r.rc != 0 or read(target) != reference_csv or stat.S_IMODE(os.stat(target).st_mode) != 0o444:
            bad.append(f"--force: {r}, mode {oct(os.stat(target).st_mode)}")
        return bad

    @check()
    def symlink_target_is_refused():
        d = fresh("link-target")
        victim = os.path.join(fresh("link-target-outside"), "victim")
        write(victim, b"not yours\n")
        link = os.path.join(d, "out.csv")
        os.symlink(victim, link)
        bad = []
        for extra in ([], ["--force"]):
            bad += refused(run("--output", link, *extra), link, "symbolic link")
            bad += refused(run("--format", "datapackage", "--output", link, *extra), link, "symbolic link")
        if not os.path.islink(link) or read(victim) != b"not yours\n":
            bad.append("the link or the file behind it was changed")
        return bad

    @check()
    def fifo_target_is_refused():
        d = fresh("fifo")
        fifo = os.path.join(d, "out.csv")
        os.mkfifo(fifo)
        bad = refused(run("--output", fifo), fifo, "not a regular file")
        bad += refused(run("--output", fifo, "--force"), fifo, "not a regular file")
        return bad + ([] if stat.S_ISFIFO(os.lstat(fifo).st_mode) else ["the FIFO was replaced"])

    @check()
    def directory_target_of_a_file_is_refused():
        d = fresh("dir-target")
        return refused(run("--output", d), d, "is a directory") + refused(run("--output", d + "/"), d, "directory")

    # ---- the data package ------------------------------------------------------------------
    @check()
    def existing_package_is_replaced_only_with_force():
        parent = fresh("force")
        target = os.path.join(parent, "pkg")
        old = old_package(target)
        bad = refused(run("--format", "datapackage", "--output", target), target, "--force")
        if snapshot(target) != old:
            bad.append("the package was changed without --force")
        r = run("--format", "datapackage", "--output", target, "--force")
        if r.rc != 0 or snapshot(target) != reference_package or os.listdir(parent) != ["pkg"]:
            bad.append(f"--force: {r}")
        return bad

    @check()
    def failed_package_update_leaves_the_old_package_whole():
        # data/fiscal/budget_summary.csv is a non-empty directory: a file-by-file update stops there,
        # after replacing the files before it. Stale files must go with the old package.
        parent = fresh("mixed")
        target = os.path.join(parent, "pkg")
        old_package(target)
        blocker = os.path.join(target, "data", "fiscal", "budget_summary.csv")
        os.remove(blocker)
        os.makedirs(os.path.join(blocker, "x"))
        write(os.path.join(target, "data", "stale.csv"), b"stale\n")
        old = snapshot(target)
        r = run("--format", "datapackage", "--output", target)
        bad = [] if r.rc == 1 and snapshot(target) == old else [f"without --force: {r}, old package not whole"]
        r = run("--format", "datapackage", "--output", target, "--force")
        if r.rc != 0 or snapshot(target) != reference_package:
            bad.append(f"--force: {r}, the result is not exactly the new package")
        return bad

    @check()
    def package_file_size_limit_leaves_the_old_package_whole():
        parent = fresh("package-fsize")
        target = os.path.join(parent, "pkg")
        old = old_package(target)
        r = run("--format", "datapackage", "--output", target, "--force", fsize=4096)
        bad = refused(r, target, "File too large")
        return bad + ([] if snapshot(target) == old and os.listdir(parent) == ["pkg"] else ["old package not whole"])

    @check()
    def foreign_directory_is_refused():
        bad = []
        for name, content in (("notes", {"notes.txt": b"mine\n"}),
                              ("other-package", {"datapackage.json": b'{"name": "other"}\n'})):
            d = fresh("foreign-" + name)
            for f, data in content.items():
                write(os.path.join(d, f), data)
            before = snapshot(d)
            for extra in ([], ["--force"]):
                bad += refused(run("--format", "datapackage", "--output", d, *extra), d, "not a nisc data package")
            if snapshot(d) != before:
                bad.append(f"{name}: the directory was changed")
        return bad

    @check()
    def empty_directory_takes_the_package_and_keeps_its_mode():
        d = fresh("empty")
        os.chmod(d, 0o750)
        r = run("--format", "datapackage", "--output", d)
        ok = r.rc == 0 and snapshot(d) == reference_package and stat.S_IMODE(os.stat(d).st_mode) == 0o750
        return [] if ok else [f"{r}, mode {oct(os.stat(d).st_mode)}"]

    @check()
    def trailing_slash_on_a_new_directory():
        parent = fresh("slash")
        bad = []
        for arg in ("pkg/", "pkg2//"):
            r = run("--format", "datapackage", "--output", os.path.join(parent, arg))
            d = os.path.join(parent, arg.rstrip("/"))
            if r.rc != 0 or not os.path.isdir(d) or snapshot(d) != reference_package:
                bad.append(f"{arg}: {r}")
        return bad + ([] if sorted(os.listdir(parent)) == ["pkg", "pkg2"] else [f"left: {os.listdir(parent)}"])

    @check()
    def missing_parent_directories_are_not_created():
        d = fresh("parents")
        bad = []
        for args in (["--output"], ["--format", "datapackage", "--output"]):
            path = os.path.join(d, "missing", "sub", "out")
            bad += refused(run(*args, path), path, "No such file or directory")
        return bad + ([] if not os.listdir(d) else [f"created: {os.listdir(d)}"])

    @check()
    def package_over_a_file_is_refused():
        d = fresh("package-over-file")
        target = os.path.join(d, "pkg")
        write(target, b"old\n")
        bad = refused(run("--format", "datapackage", "--output", target, "--force"), target, "not a directory")
        return bad + ([] if read(target) == b"old\n" else ["the file was changed"])

    # ---- the command line ------------------------------------------------------------------
    @check()
    def output_dash_is_standard_output():
        d = fresh("dash")
        r = run("--output", "-", cwd=d)
        r2 = run("--output=-", "--format=json", cwd=d)
        ok = r.rc == 0 and r.out == reference_csv and r2.rc == 0 and r2.out == reference_json and not os.listdir(d)
        return [] if ok else [f"{r}; {r2}; files: {os.listdir(d)}"]

    @check()
    def flag_equals_value():
        d = fresh("equals")
        r = run("--format=json", f"--output={d}/out.json")
        if r.rc != 0 or read(f"{d}/out.json") != reference_json:
            return [f"{r}"]
        json.loads(read(f"{d}/out.json"))
        return []

    @check()
    def repeated_flag_is_a_usage_error():
        d = fresh("repeated")
        bad = []
        for args in (["--format", "csv", "--format", "json"], ["--format=csv", "--format=csv"],
                     ["--output", f"{d}/a", "--output", f"{d}/b"], ["--force", "--force", "--output", f"{d}/c"]):
            r = run(*args)
            if r.rc != 2 or "given twice" not in r.err or r.out:
                bad.append(f"{args}: {r}")
        return bad + ([] if not os.listdir(d) else [f"written: {os.listdir(d)}"])

    @check()
    def closed_standard_output_is_exit_1():
        bad = []
        for args in (["--help"], ["--version"], [], ["--format", "json"]):
            r = run(*args, close_stdout=True)
            bad += [f"{args}: {m}" for m in refused(r, "standard output", "Bad file descriptor")]
        return bad

    @check()
    def broken_pipe_is_exit_1_for_csv_and_json():
        bad = []
        for args in ([], ["--format", "json"], ["--output", "-"]):
            reader, writer = os.pipe()
            os.close(reader)  # nobody reads: the first write meets EPIPE (SIGPIPE unless ignored)
            r = run(*args, stdout=writer)
            os.close(writer)
            bad += [f"{args}: {m}" for m in refused(r, "standard output", "Broken pipe")]
        return bad

    @check()
    def help_documents_force_and_exit_statuses():
        out = run("--help").out.decode()
        words = ["--force", "--format=json", "Exit status", "SIGPIPE", "2 bad arguments"]
        return [f"--help does not mention {w!r}" for w in words if w not in out]

    passed = failed = skipped = 0
    for name, f, needs in checks:
        why = {"probe": None if probe_ok else "no fault probe (not Linux/glibc)",
               "root": None if ROOT else "needs root to give a file to another user",
               "unprivileged": None if (not ROOT or nobody_ok) else "as root, and user nobody cannot run the exporter",
               None: None}[needs]
        if why:
            print(f"skipped: {name}: {why}")
            skipped += 1
            continue
        try:
            bad = f()
        except Exception as e:  # a check that cannot even run fails
            bad = [f"{type(e).__name__}: {e}"]
        for m in bad:
            print(f"FAIL: {name}: {m}")
        print(f"{'FAIL' if bad else 'ok'}: {name}")
        failed += bool(bad)
        passed += not bad
    if scratch:
        print(f"(the checks as nobody ran in {scratch}, now removed)")
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    if failed:
        return 1
    print(f"OK: {passed} checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
