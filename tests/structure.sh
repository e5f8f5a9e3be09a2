#!/bin/sh
# The shape the code keeps (see lib/README): no file under lib/ or tools/
# over 1,800 lines, no function over 120 lines (tables of cases and data
# aside: they are not functions), and no two lib modules that include or
# call each other in a circle.  A module is lib/NAME.c with lib/NAME.h and
# the files lib/NAME-PART.c or lib/NAME_PART.c that it is cut into.  Calls are read off the
# objects (nm) when they are built in the object directory beside
# $CF_UNITDIR; includes off the sources.  Each module has its unit test,
# tests/unit/MODULE.c.
. "$(dirname "$0")/lib.sh"
objdir=$(dirname "${CF_UNITDIR:-build/unit}")
python3 - "$objdir" >"$TMP/structure" 2>&1 <<'PY'
import os, re, subprocess, sys

objdir = sys.argv[1]
MAXFILE, MAXFUNC = 1800, 120
src = sorted("lib/" + f for f in os.listdir("lib") if f.endswith((".c", ".h")))
src += sorted("tools/" + f for f in os.listdir("tools") if f.endswith(".c"))

def module(path):
    base = os.path.basename(path).rsplit(".", 1)[0]
    return re.split(r"[-_]", base, 1)[0]

for path in src:
    lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
    n = len(lines) - (lines[-1] == "")
    print(("ok" if n <= MAXFILE else "FAIL") + f" - structure: {path} has {n} lines (at most {MAXFILE})")
    # functions: a body opened by '{' in column 0 after a line with '(',
    # closed by '}' in column 0
    long = []
    i = 0
    while i < len(lines):
        if lines[i] == "{" and i > 0:
            j = i
            while j < len(lines) and lines[j] != "}":
                j += 1
            k = i - 1
            while k > 0 and "(" not in lines[k]:
                k -= 1
            m = re.match(r"\s*(?:[\w\s\*]*?\b)?(\w+)\s*\(", lines[k])
            name = m.group(1) if m else lines[k].strip()
            if j - i + 1 > MAXFUNC:
                long.append(f"{name}() at line {k + 1}: {j - i + 1} lines")
            i = j
        i += 1
    print(("ok" if not long else "FAIL") + f" - structure: no function of {path} over {MAXFUNC} lines")
    for l in long:
        print("    " + l)

# every module has a unit test of its own, named after it
mods = sorted({module(p) for p in src if p.startswith("lib/") and p.endswith(".c")})
missing = [m for m in mods if not os.path.exists(f"tests/unit/{m}.c")]
print(("ok" if not missing else "FAIL") + f" - structure: each of the {len(mods)} lib modules has its unit test tests/unit/MODULE.c")
for m in missing:
    print(f"    no tests/unit/{m}.c")
units = sorted(f[:-2] for f in os.listdir("tests/unit") if f.endswith(".c"))
known = {module(p) for p in src if p.startswith("lib/")}
stray = [u for u in units if u not in known]
print(("ok" if not stray else "FAIL") + " - structure: each unit test is named after the lib module it tests")
for u in stray:
    print(f"    tests/unit/{u}.c names no module")

# the module graph: includes, and calls when the objects are there
edges = {}
def edge(a, b, why):
    if a != b:
        edges.setdefault(a, {}).setdefault(b, why)
for path in src:
    if not path.startswith("lib/"):
        continue
    for m in re.finditer(r'^#include "([\w-]+)\.h"', open(path, encoding="utf-8", errors="replace").read(), re.M):
        edge(module(path), module(m.group(1)), f"{path} includes {m.group(1)}.h")
calls = 0
objs = [f for f in (os.listdir(os.path.join(objdir, "lib")) if os.path.isdir(os.path.join(objdir, "lib")) else []) if f.endswith(".o")]
if objs:
    defined, wanted = {}, {}
    for o in objs:
        out = subprocess.run(["nm", os.path.join(objdir, "lib", o)], capture_output=True, text=True).stdout
        mod = module(o)
        for l in out.splitlines():
            f = l.split()
            if len(f) == 3 and f[1] in "TDBR":
                defined[f[2]] = mod
            elif len(f) == 2 and f[0] == "U":
                wanted.setdefault(mod, set()).add(f[1])
    for mod, syms in wanted.items():
        for s in syms:
            if s in defined:
                edge(mod, defined[s], f"{mod} calls {s}")
                calls += 1
# a circle is a strongly connected set of two modules or more (Tarjan)
index, low, stack, on, sccs = {}, {}, [], set(), []
def visit(v):
    index[v] = low[v] = len(index)
    stack.append(v); on.add(v)
    for w in edges.get(v, {}):
        if w not in index:
            visit(w); low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        c = []
        while True:
            w = stack.pop(); on.discard(w); c.append(w)
            if w == v:
                break
        if len(c) > 1:
            sccs.append(sorted(c))
sys.setrecursionlimit(10000)
for v in sorted(edges):
    if v not in index:
        visit(v)
print(("ok" if not sccs else "FAIL") + f" - structure: no circle between lib modules ({'with' if objs else 'without'} the calls of the objects)")
for c in sccs:
    print("    circle: " + " ".join(c))
    for a in c:
        for b, why in edges.get(a, {}).items():
            if b in c:
                print("      " + why)
if not objs:
    print(f"skip - structure: calls between modules: no objects in {objdir}/lib")
PY
cat "$TMP/structure"
