# The README's two commands, and (issue 3) the build-<LogicalId> targets SAM's makefile builder calls.
SHELL := /bin/bash
SAMPLES ?= samples/logs

.PHONY: replay-samples test setup

## The main job: replay the bundled sample CloudTrail logs through the workflow with embedded defaults.
replay-samples:
	dotnet run --project functions/ActivityAware.Local -c Release -- replay $(SAMPLES)

## Everything the tests need that the machine may lack, then every test.
setup:
	python3 -c "import moto.server" 2>/dev/null || python3 -m pip install --quiet 'moto[server]==5.2.1'
	command -v cfn-lint >/dev/null || python3 -m pip install --quiet cfn-lint

test: setup
	dotnet test ActivityAware.Sfn.sln -c Release
