"""Writes the pushdown pattern (the JSON `rules pattern` prints, read from stdin) into
statemachine/eventbridge-pattern.json and into the EventPattern line of template.yaml."""
import json
import re
import sys

pattern = json.load(sys.stdin)
compact = json.dumps(pattern, separators=(",", ":"))
with open("statemachine/eventbridge-pattern.json", "w", encoding="utf-8") as f:
    f.write(compact + "\n")

with open("template.yaml", encoding="utf-8") as f:
    template = f.read()
updated, count = re.subn(r"(?m)^(      EventPattern: )\{.*\}$", lambda m: m.group(1) + compact, template)
if count != 1:
    sys.exit(f"template.yaml: expected exactly one single-line 'EventPattern: {{...}}', found {count}")
with open("template.yaml", "w", encoding="utf-8") as f:
    f.write(updated)
