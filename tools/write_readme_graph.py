"""Puts the Mermaid graph (read from stdin, as `asl graph` prints it) between the graph markers of README.md."""
import re
import sys

graph = sys.stdin.read().rstrip("\n")
with open("README.md", encoding="utf-8") as f:
    readme = f.read()
block = "<!-- graph:begin -->\n```mermaid\n" + graph + "\n```\n<!-- graph:end -->"
updated, count = re.subn(r"<!-- graph:begin -->.*?<!-- graph:end -->", lambda _: block, readme, flags=re.S)
if count != 1:
    sys.exit(f"README.md: expected one '<!-- graph:begin -->…<!-- graph:end -->' block, found {count}")
with open("README.md", "w", encoding="utf-8") as f:
    f.write(updated)
