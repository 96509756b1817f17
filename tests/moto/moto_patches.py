"""Fixes to moto 5.2.1's Step Functions interpreter that our tests rely on; applied on import by moto_launcher.py.

See shared/design/tooling-notes.md ("moto's Step Functions interpreter"):
1. StartExecution after the first one fails with "cannot pickle '_thread.RLock'" (getmoto/moto#10077) because the
   parser backend deep-copies the state machine together with its backend and its past executions.
2. StartSyncExecution is not routed; it is added as "start a normal execution and wait for it to stop".
3. Step Functions Local mock configs are parsed by moto but the loader always answers None; here the file named by
   SFN_MOCK_CONFIG is read on every start whose state machine ARN ends in "#<TestCase>" (the Step Functions Local
   convention), so a test may rewrite the file between executions.
4. DescribeExecution returns an output that is a JSON string ("hello") unquoted (hello), because moto passes str
   outputs through as if they were already JSON text; AWS always returns JSON text. Outputs of the interpreter's
   executions are JSON-encoded here.
"""
import copy
import json
import os
import threading
import time

from moto.stepfunctions import models as sfn_models
from moto.stepfunctions.exceptions import InvalidExecutionInput
from moto.stepfunctions import responses as sfn_responses
from moto.stepfunctions.parser import models as parser_models
from moto.stepfunctions.parser.backend import execution as parser_execution
from moto.stepfunctions.parser.mocking.mock_config import (
    MockedResponseReturn,
    MockedResponseThrow,
    MockTestCase,
    StateMockedResponses,
)

MOCK_CONFIG_VARIABLE = "SFN_MOCK_CONFIG"
SYNC_EXECUTION_DEADLINE_SECONDS = float(os.environ.get("SFN_SYNC_EXECUTION_DEADLINE_SECONDS", "60"))


# 1. Deep copy without the backend (shared) and without past executions (they hold threads and locks).
def _state_machine_deepcopy(self, memo):
    clone = self.__class__.__new__(self.__class__)
    memo[id(self)] = clone
    for key, value in self.__dict__.items():
        if key == "backend":
            clone.__dict__[key] = value
        elif key == "executions":
            clone.__dict__[key] = []
        else:
            clone.__dict__[key] = copy.deepcopy(value, memo)
    return clone


sfn_models.StateMachineInstance.__deepcopy__ = _state_machine_deepcopy


# 3. Step Functions Local mock configuration.
class MockConfigError(Exception):
    """The mock configuration file is missing, malformed, or does not define the requested test case."""


def _parse_range(path, response_name, key):
    parts = key.split("-")
    try:
        numbers = [int(part) for part in parts]
    except ValueError:
        numbers = []
    if len(numbers) == 1:
        return numbers[0], numbers[0]
    if len(numbers) == 2:
        return numbers[0], numbers[1]
    raise MockConfigError(
        f"{path}: MockedResponses.{response_name}: attempt key '{key}' is neither a number ('0') nor a range ('1-2')")


def _mocked_response(path, response_name, key, body):
    start, end = _parse_range(path, response_name, key)
    if not isinstance(body, dict) or len(body) != 1 or next(iter(body)) not in ("Return", "Throw"):
        raise MockConfigError(
            f"{path}: MockedResponses.{response_name}.{key}: expected exactly one of 'Return' or 'Throw'")
    if "Return" in body:
        return MockedResponseReturn(start, end, body["Return"])
    throw = body["Throw"]
    if not isinstance(throw, dict) or not isinstance(throw.get("Error"), str):
        raise MockConfigError(f"{path}: MockedResponses.{response_name}.{key}.Throw: 'Error' (a string) is required")
    return MockedResponseThrow(start, end, throw["Error"], throw.get("Cause", ""))


def load_mock_test_case(state_machine_name, test_case_name):
    path = os.environ.get(MOCK_CONFIG_VARIABLE)
    if not path:
        raise MockConfigError(
            f"test case '{test_case_name}' requested but {MOCK_CONFIG_VARIABLE} is not set for moto_server")
    with open(path, encoding="utf-8") as handle:
        config = json.load(handle)
    machine = config.get("StateMachines", {}).get(state_machine_name)
    if machine is None:
        raise MockConfigError(f"{path}: StateMachines has no entry '{state_machine_name}'")
    case = machine.get("TestCases", {}).get(test_case_name)
    if case is None:
        raise MockConfigError(f"{path}: StateMachines.{state_machine_name}.TestCases has no entry '{test_case_name}'")
    states = []
    for state_name, response_name in case.items():
        raw = config.get("MockedResponses", {}).get(response_name)
        if not raw:
            raise MockConfigError(f"{path}: MockedResponses has no entry '{response_name}' (used by state '{state_name}')")
        responses = [_mocked_response(path, response_name, key, body) for key, body in raw.items()]
        states.append(StateMockedResponses(state_name, response_name, responses))
    return MockTestCase(state_machine_name, test_case_name, states)


_pending = threading.local()
_original_start_execution = parser_models.StepFunctionsParserBackend.start_execution
_original_get_worker = parser_execution.Execution._get_start_execution_worker


def _start_execution(self, state_machine_arn, name=None, execution_input=None, trace_header=None):
    arn, _, test_case_name = state_machine_arn.partition("#")
    test_case = None
    if test_case_name:
        state_machine = self.describe_state_machine(arn)
        try:
            test_case = load_mock_test_case(state_machine.name, test_case_name)
        except (OSError, ValueError, MockConfigError, RuntimeError) as error:
            raise InvalidExecutionInput(f"mock test case '{test_case_name}': {error}") from error
    _pending.test_case = test_case
    try:
        return _original_start_execution(self, arn, name, execution_input, trace_header)
    finally:
        _pending.test_case = None


def _get_start_execution_worker(self):
    worker = _original_get_worker(self)
    test_case = getattr(_pending, "test_case", None)
    if test_case is not None:
        worker._mock_test_case = test_case
    return worker


parser_models.StepFunctionsParserBackend.start_execution = _start_execution
parser_execution.Execution._get_start_execution_worker = _get_start_execution_worker


def _output_json(execution):
    if isinstance(execution, parser_execution.Execution):
        return json.dumps(execution.output, separators=(",", ":"))
    output = execution.output
    return output if isinstance(output, str) else json.dumps(output, separators=(",", ":"))


# 4. DescribeExecution: interpreter outputs are Python values, always serialized as JSON.
_original_describe_execution = sfn_responses.StepFunctionResponse.describe_execution


def _describe_execution(self):
    result = _original_describe_execution(self)
    execution = self.stepfunction_backend.describe_execution(self._get_param("executionArn"))
    if isinstance(execution, parser_execution.Execution) and "output" in result.result:
        result.result["output"] = _output_json(execution)
    return result


sfn_responses.StepFunctionResponse.describe_execution = _describe_execution


# 2. StartSyncExecution: a normal execution awaited within a deadline (moto runs every machine as STANDARD).
def _start_sync_execution(self):
    arn = self._get_param("stateMachineArn")
    name = self._get_param("name")
    execution_input = self._get_param("input", if_none="{}")
    execution = self.stepfunction_backend.start_execution(arn, name, execution_input)
    deadline = time.monotonic() + SYNC_EXECUTION_DEADLINE_SECONDS
    while execution.status == "RUNNING" and time.monotonic() < deadline:
        time.sleep(0.02)
    status = execution.status
    response = {
        "executionArn": execution.execution_arn,
        "stateMachineArn": execution.state_machine_arn,
        "name": execution.name,
        "startDate": execution.start_date,
        "input": execution.execution_input,
    }
    if status == "RUNNING":
        response["status"] = "TIMED_OUT"
        response["error"] = "States.Timeout"
        response["cause"] = f"moto_patches: still running after {SYNC_EXECUTION_DEADLINE_SECONDS} s"
        return sfn_responses.ActionResult(response)
    response["status"] = "SUCCEEDED" if status == "SUCCEEDED" else ("TIMED_OUT" if status == "TIMED_OUT" else "FAILED")
    response["stopDate"] = execution.stop_date
    if status == "SUCCEEDED":
        response["output"] = _output_json(execution)
    if execution.error is not None:
        response["error"] = execution.error
    if execution.cause is not None:
        response["cause"] = execution.cause
    return sfn_responses.ActionResult(response)


sfn_responses.StepFunctionResponse.start_sync_execution = _start_sync_execution
