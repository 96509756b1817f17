"""Translate a SAM template to CloudFormation JSON offline, as `sam deploy` would, and print it.

Usage: sam_translate.py TEMPLATE_YAML
Two steps `sam build`/`sam deploy` do first are emulated: the local DefinitionUri of each state machine is
inlined as Definition, and each local CodeUri becomes the S3 location `sam deploy` would upload it to.
Managed policy names resolve from a fixed map instead of IAM.
Exit 0 with the CloudFormation JSON on stdout, exit 1 with the translator's messages on stderr.
"""
import json
import os
import sys

from samtranslator.model.exceptions import InvalidDocumentException
from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse

# Names SAM itself adds (basic logging, X-Ray) plus those a template may name; resolving them needs no IAM call.
MANAGED_POLICIES = {
    "AWSLambdaBasicExecutionRole": "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
    "AWSXrayWriteOnlyAccess": "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess",
    "AWSXRayDaemonWriteAccess": "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess",
    "AWSLambdaRole": "arn:aws:iam::aws:policy/service-role/AWSLambdaRole",
}


PACKAGED_CODE_URI = "s3://sam-deploy-upload-bucket/activity-aware-functions.zip"


class StaticManagedPolicyLoader:
    def load(self):
        return MANAGED_POLICIES


def inline_definitions(template, template_dir):
    for logical_id, resource in template.get("Resources", {}).items():
        properties = resource.get("Properties", {})
        if resource.get("Type") != "AWS::Serverless::StateMachine" or not isinstance(properties.get("DefinitionUri"), str):
            continue
        definition_path = os.path.join(template_dir, properties.pop("DefinitionUri"))
        try:
            with open(definition_path, encoding="utf-8") as definition_file:
                properties["Definition"] = json.load(definition_file)
        except (OSError, ValueError) as error:
            raise SystemExit(f"{definition_path}: cannot inline DefinitionUri of {logical_id}: {error}")


def point_code_at_s3(template):
    function_globals = template.get("Globals", {}).get("Function", {})
    sections = [function_globals] + [
        resource.get("Properties", {})
        for resource in template.get("Resources", {}).values()
        if resource.get("Type") == "AWS::Serverless::Function"
    ]
    for section in sections:
        if isinstance(section.get("CodeUri"), str) and not section["CodeUri"].startswith("s3://"):
            section["CodeUri"] = PACKAGED_CODE_URI


def main(argv):
    if len(argv) != 2:
        raise SystemExit("usage: sam_translate.py TEMPLATE_YAML")
    template_path = argv[1]
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    with open(template_path, encoding="utf-8") as template_file:
        template = yaml_parse(template_file.read())
    inline_definitions(template, os.path.dirname(os.path.abspath(template_path)))
    point_code_at_s3(template)
    try:
        cloudformation = transform(template, {}, StaticManagedPolicyLoader())
    except InvalidDocumentException as error:
        for cause in error.causes:
            print(f"{template_path}: {cause.message}", file=sys.stderr)
        return 1
    json.dump(cloudformation, sys.stdout, indent=1, default=str)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
