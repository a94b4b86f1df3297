#!/usr/bin/env python3
"""The scale-out bar on one machine (issue: sharded runs and a Redis Streams feed, merged exactly once).

Copies the aeb-dev pages to about 1,000 files, times a single `run`, then:
  1. shards: a 40-shard plan run by 3 worker processes (each a list of shards); one is SIGKILLed in the middle
     of a shard and restarted, one kills itself between committing a part and finishing (FINEXTRACT_FAULT) and
     is restarted; merge must give CSV byte-identical to the single run, within 3x its time;
  2. the same pages through a Redis stream with 3 consumers, one SIGKILLed in the middle of an article;
     merge must again equal the single run.
Fails loudly (exit 1) on any difference. Usage: scale_bar.py CLI_DLL PIPELINE PAGES REDIS_PORT
"""
import filecmp, os, shutil, signal, subprocess, sys, tempfile, time

cli, pipeline, pages, redis_port = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
TABLES = ["articles.csv", "errors.csv", "entities.csv", "numbers.csv", "moves.csv", "quotes.csv", "topics.csv", "progress.jsonl"]
work = tempfile.mkdtemp(prefix="finextract-scale-")


def fx(*args, env=None, **kw):
    config = [] if args[0] == "merge" else ["--config", pipeline]
    return subprocess.Popen(["dotnet", cli, *args, *config], env={**os.environ, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)


def done(p, what):
    out, _ = p.communicate()
    if p.returncode not in (0, 1):
        sys.exit(f"FAIL: {what} exited {p.returncode}:\n{out}")
    return out


def same_tables(a, b, what):
    bad = [t for t in TABLES if not filecmp.cmp(os.path.join(a, t), os.path.join(b, t), shallow=False)]
    if bad:
        sys.exit(f"FAIL: {what}: {', '.join(bad)} differ from the single run")
    print(f"  {what}: all {len(TABLES)} tables byte-identical to the single run")


def lines(path):
    try:
        with open(path, "rb") as f:
            return f.read().count(b"\n")
    except OSError:
        return 0


def kill_when(p, ready, what):
    t0 = time.time()
    while p.poll() is None and time.time() - t0 < 300:
        if ready():
            os.kill(p.pid, signal.SIGKILL)
            p.wait()
            print(f"  {what}: SIGKILLed")
            return True
        time.sleep(0.01)
    sys.exit(f"FAIL: {what}: finished before it could be killed")


# ~1,000 inputs: copies of the dev pages in sub-folders
corpus = os.path.join(work, "pages")
names = sorted(n for n in os.listdir(pages) if not n.startswith("."))
copies = max(1, round(1000 / len(names)))
for i in range(copies):
    os.makedirs(os.path.join(corpus, f"c{i:02d}"))
    for n in names:
        shutil.copy(os.path.join(pages, n), os.path.join(corpus, f"c{i:02d}", n))
total = copies * len(names)
print(f"== scale bar: {total} inputs")

t0 = time.time()
single = os.path.join(work, "single")
done(fx("run", corpus, "--out", single, "--quiet"), "single run")
t_single = time.time() - t0
print(f"  single run: {t_single:.1f} s")

# 1. shards
plan, parts = os.path.join(work, "plan.json"), os.path.join(work, "parts")
t0 = time.time()
done(fx("plan", corpus, "--shards", "40", "--out", plan), "plan")
lanes = [",".join(str(s) for s in range(k, 40, 3)) for k in range(3)]
common = ["--plan", plan, "--out", parts, "--threads", "1"]
procs = [fx("run", *common, "--shard", lanes[0]),
         fx("run", *common, "--shard", lanes[1], env={"FINEXTRACT_FAULT": "after-commit:3"}),
         fx("run", *common, "--shard", lanes[2])]
first = int(lanes[0].split(",")[2])  # the lane's third shard: killed in its middle
workdir = os.path.join(parts, ".work")
kill_when(procs[0], lambda: any(n.startswith(f"shard-{first:05d}") and lines(os.path.join(workdir, n, "progress.jsonl.partial")) > 3
                                for n in (os.listdir(workdir) if os.path.isdir(workdir) else [])), "shard worker 0 (mid-shard)")
procs[1].wait()
if procs[1].returncode != -signal.SIGKILL:
    sys.exit(f"FAIL: shard worker 1 should have been killed after its third commit (exit {procs[1].returncode})")
print("  shard worker 1: killed itself between a commit and its end (FINEXTRACT_FAULT)")
procs[0] = fx("run", *common, "--shard", lanes[0])
procs[1] = fx("run", *common, "--shard", lanes[1])
for i, p in enumerate(procs):
    done(p, f"shard worker {i}")
merged = os.path.join(work, "merged")
print("  " + done(fx("merge", parts, "--out", merged), "merge").splitlines()[-10])
t_sharded = time.time() - t0
print(f"  3 workers over 40 shards, with two kills and restarts, plan and merge: {t_sharded:.1f} s = {t_sharded / t_single:.2f}x the single run")
same_tables(single, merged, "sharded run")
if t_sharded > 3 * t_single:
    sys.exit(f"FAIL: the sharded run took {t_sharded / t_single:.2f}x the single run (bar: 3x)")

# 2. a Redis stream with 3 consumers
redis = f"127.0.0.1:{redis_port}"
fparts = os.path.join(work, "feed-parts")
t0 = time.time()
done(fx("enqueue", corpus, "--redis", redis, "--stream", "pages"), "enqueue")
args = ["--redis", redis, "--stream", "pages", "--group", "finextract", "--out", fparts, "--threads", "1",
        "--batch", "8", "--claim-idle", "3", "--exit-when-idle", "3"]
consumers = [fx("worker", *args, "--consumer", f"c{k}") for k in range(3)]
fwork = os.path.join(fparts, ".work")
kill_when(consumers[0], lambda: os.path.isdir(fwork) and any(lines(os.path.join(fwork, n, "progress.jsonl.partial")) > 2
                                                              for n in os.listdir(fwork)), "consumer 0 (mid-batch)")
for i, p in enumerate(consumers[1:], 1):
    print(f"  consumer {i}: " + done(p, f"consumer {i}").strip().splitlines()[-1])
fmerged = os.path.join(work, "feed-merged")
print("  " + done(fx("merge", fparts, "--out", fmerged), "merge").splitlines()[-10])
print(f"  3 consumers, one killed, and merge: {time.time() - t0:.1f} s")
same_tables(single, fmerged, "Redis feed")
shutil.rmtree(work, ignore_errors=True)
print("scale bar: PASS")
