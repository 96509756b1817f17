"""Writes the pushdown patterns that `activity-aware rules pattern` prints (one JSON pattern per line, read from stdin):

- statemachine/eventbridge-pattern.json: a JSON array, one pattern per line;
- template.yaml and infra/forwarder.yaml: one AWS::Events::Rule per pattern, the dead-letter queue policy that admits exactly
  those rules, and an output listing them, each between `# BEGIN generated pushdown …` and `# END generated pushdown …` lines.

The rules differ only in their pattern, so a rule pack that needs another pattern just gets another rule.
Usage: activity-aware rules pattern | python3 tools/write_pushdown_pattern.py [REPOSITORY_ROOT]"""
import json
import os
import re
import sys

HOME = {
    "file": "template.yaml",
    "rule_id": "CloudTrailEventRule",
    "description": "CloudTrail management events (read-only ones included) that may match a rule start the workflow",
    "target": """        - Id: activity-aware-workflow
          Arn: !Ref ActivityAwareStateMachine
          RoleArn: !GetAtt CloudTrailEventRuleRole.Arn
          RetryPolicy:
            MaximumRetryAttempts: 24
            MaximumEventAgeInSeconds: 3600
          DeadLetterConfig:
            Arn: !GetAtt EventDeadLetterQueue.Arn""",
    "queue_policy": """  EventDeadLetterQueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref EventDeadLetterQueue]
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: EventBridgeDeadLettersFromTheRule
            Effect: Allow
            Principal:
              Service: events.amazonaws.com
            Action: sqs:SendMessage
            Resource: !GetAtt EventDeadLetterQueue.Arn
            Condition:
              ArnEquals:
                aws:SourceArn:""",
    "output": "EventRuleArns",
    "output_description": "The EventBridge rules on CloudTrail management events, one per pushdown pattern, comma-separated.",
}

FORWARDER = {
    "file": os.path.join("infra", "forwarder.yaml"),
    "rule_id": "ForwardingRule",
    "description": "CloudTrail management events (read-only ones included) that may match a rule go to the home event bus",
    "target": """        - Id: activity-aware-home-bus
          Arn: !Ref HomeEventBusArn
          RoleArn: !GetAtt ForwardingRole.Arn
          RetryPolicy:
            MaximumRetryAttempts: 24
            MaximumEventAgeInSeconds: 3600
          DeadLetterConfig:
            Arn: !GetAtt ForwardingDeadLetterQueue.Arn""",
    "queue_policy": """  ForwardingDeadLetterQueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref ForwardingDeadLetterQueue]
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: ForwardingRuleDeadLetters
            Effect: Allow
            Principal:
              Service: events.amazonaws.com
            Action: sqs:SendMessage
            Resource: !GetAtt ForwardingDeadLetterQueue.Arn
            Condition:
              ArnEquals:
                aws:SourceArn:""",
    "output": "ForwardingRuleArns",
    "output_description": "The forwarding rules, one per pushdown pattern, comma-separated.",
}


def rules_block(config, patterns):
    ids = [f"{config['rule_id']}{i}" for i in range(1, len(patterns) + 1)]
    lines = [config["queue_policy"]] + [f"                  - !GetAtt {rule_id}.Arn" for rule_id in ids]
    for i, (rule_id, pattern) in enumerate(zip(ids, patterns), start=1):
        lines += [
            "",
            f"  {rule_id}:",
            "    Type: AWS::Events::Rule",
            "    Properties:",
            f"      Description: {config['description']} (pushdown pattern {i} of {len(patterns)}).",
            "      # Without this state, read-only calls (Get/List/Describe, the probing of a stolen key) never reach the rule.",
            "      State: ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS",
            f"      EventPattern: {pattern}",
            "      Targets:",
            config["target"],
        ]
    return "\n".join(lines)


def outputs_block(config, patterns):
    arns = ", ".join(f"!GetAtt {config['rule_id']}{i}.Arn" for i in range(1, len(patterns) + 1))
    return "\n".join([
        f"  {config['output']}:",
        f"    Description: {config['output_description']}",
        f"    Value: !Join [\",\", [{arns}]]",
    ])


def replace_block(text, name, body, path):
    pattern = re.compile(rf"(?ms)^(  # BEGIN generated pushdown {name}[^\n]*\n).*?^(  # END generated pushdown {name}\n)")
    updated, count = pattern.subn(lambda m: m.group(1) + body + "\n" + m.group(2), text)
    if count != 1:
        sys.exit(f"{path}: expected exactly one '# BEGIN generated pushdown {name}' … '# END generated pushdown {name}' block, found {count}")
    return updated


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    patterns = [json.dumps(json.loads(line), separators=(",", ":"), ensure_ascii=False) for line in sys.stdin if line.strip()]
    if not patterns:
        sys.exit("no pushdown pattern on stdin; pipe `activity-aware rules pattern` into this script")
    with open(os.path.join(root, "statemachine", "eventbridge-pattern.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join("  " + p for p in patterns) + "\n]\n")
    for config in (HOME, FORWARDER):
        path = os.path.join(root, config["file"])
        with open(path, encoding="utf-8") as f:
            text = f.read()
        text = replace_block(text, "rules", rules_block(config, patterns), path)
        text = replace_block(text, "outputs", outputs_block(config, patterns), path)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


main()
