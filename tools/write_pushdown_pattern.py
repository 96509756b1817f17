"""Writes the pushdown pattern (the JSON `rules pattern` prints, read from stdin) into
statemachine/eventbridge-pattern.json and into the EventPattern line of template.yaml and infra/forwarder.yaml."""
import json
import re
import sys

pattern = json.load(sys.stdin)
compact = json.dumps(pattern, separators=(",", ":"))
with open("statemachine/eventbridge-pattern.json", "w", encoding="utf-8") as f:
    f.write(compact + "\n")

for path in ("template.yaml", "infra/forwarder.yaml"):
    with open(path, encoding="utf-8") as f:
        template = f.read()
    updated, count = re.subn(r"(?m)^(      EventPattern: )\{.*\}$", lambda m: m.group(1) + compact, template)
    if count != 1:
        sys.exit(f"{path}: expected exactly one single-line 'EventPattern: {{...}}', found {count}")
    with open(path, "w", encoding="utf-8") as f:
        f.write(updated)
