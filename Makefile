# The README's two commands, and the build-<LogicalId> targets SAM's makefile builder calls.
SHELL := /bin/bash
SAMPLES ?= samples/logs

# Lambda architecture (template parameter Architecture); SAM does not pass it to make, so set ARCH when it is not arm64.
ARCH ?= arm64
ifeq ($(ARCH),arm64)
RUNTIME_ID := linux-arm64
else ifeq ($(ARCH),x86_64)
RUNTIME_ID := linux-x64
else
$(error ARCH=$(ARCH) is not a Lambda architecture; use x86_64 or arm64)
endif

# All functions share one CodeUri and one assembly: publish once per make run, copy into each function's artifacts.
FUNCTIONS := NormalizeFunction CheckDuplicateFunction EnrichFunction ChooseDestinationsFunction \
             SendToSlackFunction SendEmailFunction SendToPagerDutyFunction SendToWebhookFunction
ifneq ($(filter build-%,$(MAKECMDGOALS)),)
ifeq ($(strip $(ARTIFACTS_DIR)),)
$(error ARTIFACTS_DIR is not set; sam build sets it, or pass ARTIFACTS_DIR=<dir>)
endif
endif
PUBLISH_ROOT ?= $(CURDIR)/out/lambda
PUBLISH_DIR := $(PUBLISH_ROOT)/publish-$(RUNTIME_ID)

.PHONY: replay-samples test setup pushdown-pattern readme-graph publish-functions $(addprefix build-,$(FUNCTIONS))

## The main job: replay the bundled sample CloudTrail logs through the workflow with embedded defaults.
replay-samples:
	dotnet run --project functions/ActivityAware.Local -c Release -- replay $(SAMPLES)

## Everything the tests need that the machine may lack, then every test.
setup:
	python3 -c "import moto.server" 2>/dev/null || python3 -m pip install --quiet 'moto[server]==5.2.1'
	command -v cfn-lint >/dev/null || python3 -m pip install --quiet cfn-lint
	python3 -c "import samtranslator" 2>/dev/null || python3 -m pip install --quiet aws-sam-translator
	npm ci --no-audit --no-fund

test: setup
	dotnet test ActivityAware.Sfn.sln -c Release

## ReadyToRun, framework-dependent publish for the dotnet10 managed runtime. The separate artifacts path keeps the
## RID-specific restore away from the obj/ folders of IDE and test builds.
publish-functions:
	rm -rf "$(PUBLISH_DIR)"
	dotnet publish functions/ActivityAware.Functions -c Release -r $(RUNTIME_ID) --self-contained false \
		-p:PublishReadyToRun=true --artifacts-path "$(PUBLISH_ROOT)/build-$(RUNTIME_ID)" -o "$(PUBLISH_DIR)"
	# The users' rule files travel with the functions; Normalize loads them over the default pack (RuleSettings).
	if [ -d rules ]; then cp -R rules "$(PUBLISH_DIR)/rules"; fi

## sam build runs `make build-<LogicalId>` with ARTIFACTS_DIR set to that function's artifact folder.
$(addprefix build-,$(FUNCTIONS)): publish-functions
	mkdir -p "$(ARTIFACTS_DIR)"
	cp -R "$(PUBLISH_DIR)"/. "$(ARTIFACTS_DIR)"/

## After adding or changing rules in the default pack: regenerate the EventBridge pushdown (pattern file, and one rule per pattern in template.yaml and infra/forwarder.yaml).
pushdown-pattern:
	dotnet run --project functions/ActivityAware.Local -c Release -- rules pattern | python3 tools/write_pushdown_pattern.py

## After changing the state machine: regenerate the graph in README.md.
readme-graph:
	dotnet run --project functions/ActivityAware.Local -c Release -- asl graph statemachine/activity-aware.asl.json | python3 tools/write_readme_graph.py
