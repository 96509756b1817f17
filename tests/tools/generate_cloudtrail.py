#!/usr/bin/env python3
"""Realistic CloudTrail input for Activity Aware, written by the project itself (no real account data).

  generate_cloudtrail.py samples            rewrite samples/logs, samples/bad and tests/fixtures/cloudtrail (deterministic)
  generate_cloudtrail.py large DIR --mb N   about N MB of uncompressed records in DIR: several .json.gz log files and one big
                                            .json, for the replay memory measurement (not committed)
"""
import argparse
import copy
import gzip
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

PROD = "111122223333"
DEV = "444455556666"
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
START = datetime(2026, 11, 27, 9, 0, 0, tzinfo=timezone.utc)


def ts(minutes):
    return (START + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")


def session(issuer_type, issuer_name, issuer_id, account=PROD, mfa="false", minutes=0):
    kind = "role" if issuer_type == "Role" else "user"
    return {
        "sessionIssuer": {"type": issuer_type, "principalId": issuer_id,
                          "arn": f"arn:aws:iam::{account}:{kind}/{issuer_name}", "accountId": account, "userName": issuer_name},
        "webIdFederationData": {},
        "attributes": {"creationDate": ts(minutes - 30), "mfaAuthenticated": mfa},
    }


IDENTITIES = {
    "Root": {"type": "Root", "principalId": PROD, "arn": f"arn:aws:iam::{PROD}:root", "accountId": PROD,
             "accessKeyId": "ASIAQROOTEXAMPLE0001", "sessionContext": {"attributes": {"creationDate": ts(-5), "mfaAuthenticated": "false"}}},
    "IAMUser": {"type": "IAMUser", "principalId": "AIDAQALICEEXAMPLE001", "arn": f"arn:aws:iam::{PROD}:user/alice",
                "accountId": PROD, "accessKeyId": "AKIAQALICEEXAMPLE001", "userName": "alice"},
    "AssumedRole": {"type": "AssumedRole", "principalId": "AROAQDEPLOYEREXAMPL:ci-build-4711",
                    "arn": f"arn:aws:sts::{PROD}:assumed-role/Deployer/ci-build-4711", "accountId": PROD,
                    "accessKeyId": "ASIAQDEPLOYEREXAMPL1", "sessionContext": session("Role", "Deployer", "AROAQDEPLOYEREXAMPL")},
    "AssumedRoleSSO": {"type": "AssumedRole", "principalId": "AROAQSSOADMINEXAMPL:bob@example.com",
                       "arn": f"arn:aws:sts::{PROD}:assumed-role/AWSReservedSSO_AdministratorAccess_0123456789abcdef/bob@example.com",
                       "accountId": PROD, "accessKeyId": "ASIAQSSOBOBEXAMPLE01",
                       "sessionContext": session("Role", "AWSReservedSSO_AdministratorAccess_0123456789abcdef", "AROAQSSOADMINEXAMPL", mfa="true")},
    "FederatedUser": {"type": "FederatedUser", "principalId": f"{PROD}:carol", "arn": f"arn:aws:sts::{PROD}:federated-user/carol",
                      "accountId": PROD, "accessKeyId": "ASIAQCAROLEXAMPLE001", "sessionContext": session("IAMUser", "broker", "AIDAQBROKEREXAMPLE01")},
    "AWSService": {"type": "AWSService", "invokedBy": "config.amazonaws.com"},
    "AWSAccount": {"type": "AWSAccount", "principalId": "AIDAQPARTNEREXAMPLE1", "accountId": DEV},
    "IdentityCenterUser": {"type": "IdentityCenterUser", "accountId": PROD,
                           "onBehalfOf": {"userId": "94482488-3041-7026-18f3-be45837cd0e4",
                                          "identityStoreArn": f"arn:aws:identitystore::{PROD}:identitystore/d-9067642ac7"},
                           "credentialId": "EXAMPLEVHULjJdTUdPJfofVa1sufHDoj7aYcOYcxFVllWR_Whr1fEXAMPLE"},
    "WebIdentityUser": {"type": "WebIdentityUser", "principalId": "accounts.google.com:1234567890.apps.googleusercontent.com:109876543210",
                        "userName": "109876543210", "identityProvider": "accounts.google.com"},
    "SAMLUser": {"type": "SAMLUser", "principalId": "Vz8YIgZqNHAJ3Wg3Dl7l1yq9aBw=:dave@example.com", "userName": "dave@example.com",
                 "identityProvider": f"arn:aws:iam::{PROD}:saml-provider/Okta"},
}

CALLS = [
    ("s3.amazonaws.com", "GetObject", "AwsApiCall", True, {"bucketName": "prod-invoices", "key": "2026/11/inv-0042.pdf", "Host": "prod-invoices.s3.amazonaws.com"}),
    ("s3.amazonaws.com", "ListBuckets", "AwsApiCall", True, {"Host": "s3.amazonaws.com"}),
    ("iam.amazonaws.com", "ListUsers", "AwsApiCall", True, {"maxItems": 100}),
    ("iam.amazonaws.com", "CreateAccessKey", "AwsApiCall", False, {"userName": "alice"}),
    ("ec2.amazonaws.com", "DescribeInstances", "AwsApiCall", True, {"instancesSet": {}, "filterSet": {}}),
    ("kms.amazonaws.com", "Decrypt", "AwsApiCall", True, {"encryptionAlgorithm": "SYMMETRIC_DEFAULT"}),
    ("sts.amazonaws.com", "GetCallerIdentity", "AwsApiCall", True, None),
    ("dynamodb.amazonaws.com", "DescribeTable", "AwsApiCall", True, {"tableName": "orders"}),
    ("lambda.amazonaws.com", "ListFunctions20150331", "AwsApiCall", True, None),
    ("cloudtrail.amazonaws.com", "DescribeTrails", "AwsApiCall", True, {"includeShadowTrails": True}),
]
DENIALS = {
    "s3.amazonaws.com": ("AccessDenied", "Access Denied"),
    "iam.amazonaws.com": ("AccessDenied", "User: {arn} is not authorized to perform: iam:{name} on resource: arn:aws:iam::111122223333:user/ because no identity-based policy allows the iam:{name} action"),
    "ec2.amazonaws.com": ("Client.UnauthorizedOperation", "You are not authorized to perform this operation. User: {arn} is not authorized to perform: ec2:{name} because no identity-based policy allows the ec2:{name} action"),
    "kms.amazonaws.com": ("AccessDeniedException", "User: {arn} is not authorized to perform: kms:{name} on this resource because no resource-based policy allows the kms:{name} action"),
    "dynamodb.amazonaws.com": ("AccessDeniedException", "User: {arn} is not authorized to perform: dynamodb:{name} on resource: arn:aws:dynamodb:us-east-1:111122223333:table/orders"),
    "lambda.amazonaws.com": ("AccessDeniedException", "User: {arn} is not authorized to perform: lambda:ListFunctions on resource: * because no identity-based policy allows the lambda:ListFunctions action"),
    "cloudtrail.amazonaws.com": ("AccessDenied", "User: {arn} is not authorized to perform: cloudtrail:DescribeTrails"),
    "sts.amazonaws.com": ("AccessDenied", "Access denied"),
}
IPS = ["203.0.113.17", "198.51.100.23", "192.0.2.144", "203.0.113.250"]
AGENTS = ["aws-cli/2.22.4 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0 md/arch#x86_64 lang/python#3.12.6 md/prompt#off command/s3.ls",
          "Boto3/1.35.63 md/Botocore#1.35.63 ua/2.0 os/linux#5.10.228 md/arch#x86_64 lang/python#3.11.10 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.35.63",
          "aws-sdk-go-v2/1.32.4 os/linux lang/go#1.23.3 md/GOOS#linux md/GOARCH#amd64 api/ec2#1.187.1",
          "AWS Internal"]


def record(seq, identity_key, call, *, denied=False, region="us-east-1", minutes=None, rng=None, version="1.10"):
    rng = rng or random.Random(seq)
    source, name, event_type, read_only, params = call
    identity = copy.deepcopy(IDENTITIES[identity_key])
    minutes = seq if minutes is None else minutes
    rec = {
        "eventVersion": version,
        "userIdentity": identity,
        "eventTime": ts(minutes),
        "eventSource": source,
        "eventName": name,
        "awsRegion": region,
        "sourceIPAddress": "config.amazonaws.com" if identity_key == "AWSService" else rng.choice(IPS),
        "userAgent": "config.amazonaws.com" if identity_key == "AWSService" else rng.choice(AGENTS),
        "requestParameters": copy.deepcopy(params),
        "responseElements": None,
        "requestID": f"{rng.getrandbits(128):032x}"[:8] + "-EXAMPLE-" + f"{seq:06d}",
        "eventID": f"{rng.getrandbits(32):08x}-{seq % 65536:04x}-4{rng.getrandbits(12):03x}-a{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}",
        "readOnly": read_only,
        "eventType": event_type,
        "managementEvent": True,
        "recipientAccountId": identity.get("accountId", PROD) if identity_key != "AWSAccount" else PROD,
        "eventCategory": "Management",
        "tlsDetails": {"tlsVersion": "TLSv1.3", "cipherSuite": "TLS_AES_128_GCM_SHA256", "clientProvidedHostHeader": f"{source.split('.')[0]}.{region}.amazonaws.com"},
    }
    if identity_key == "AWSService":
        rec["eventType"] = "AwsServiceEvent" if seq % 2 else "AwsApiCall"
    if denied:
        code, message = DENIALS[source]
        rec["errorCode"] = code
        rec["errorMessage"] = message.format(arn=identity.get("arn", "unknown"), name=name)
    elif name == "CreateAccessKey":
        rec["responseElements"] = {"accessKey": {"accessKeyId": "AKIAQNEWKEYEXAMPLE01", "status": "Active", "userName": "alice", "createDate": ts(minutes)}}
    return rec


def console_login(seq, identity_key, failed=False, version="1.09"):
    identity = copy.deepcopy(IDENTITIES[identity_key])
    identity.pop("accessKeyId", None)
    identity.pop("sessionContext", None)
    rec = record(seq, identity_key, ("signin.amazonaws.com", "ConsoleLogin", "AwsConsoleSignIn", False, None), version=version)
    rec["userIdentity"] = identity
    rec["userAgent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"
    rec["responseElements"] = {"ConsoleLogin": "Failure" if failed else "Success"}
    rec["additionalEventData"] = {"LoginTo": "https://console.aws.amazon.com/console/home", "MobileVersion": "No", "MFAUsed": "No"}
    if failed:
        rec["errorMessage"] = "Failed authentication"
    return rec


def eventbridge(rec, detail_type="AWS API Call via CloudTrail"):
    return {"version": "0", "id": f"eb-{rec['eventID']}", "detail-type": detail_type, "source": "aws." + rec["eventSource"].split(".")[0],
            "account": rec["recipientAccountId"], "time": rec["eventTime"], "region": rec["awsRegion"], "resources": [], "detail": rec}


def lookup_entry(rec):
    entry = {"EventId": rec["eventID"], "EventName": rec["eventName"], "ReadOnly": str(rec["readOnly"]).lower(),
             "EventTime": rec["eventTime"].replace("Z", "+00:00"), "EventSource": rec["eventSource"],
             "Resources": [], "CloudTrailEvent": json.dumps(rec, separators=(",", ":"))}
    if "accessKeyId" in rec["userIdentity"]:
        entry["AccessKeyId"] = rec["userIdentity"]["accessKeyId"]
    if "userName" in rec["userIdentity"]:
        entry["Username"] = rec["userIdentity"]["userName"]
    return entry


def write(path, data, *, gz=False):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    raw = data.encode() if isinstance(data, str) else data
    with open(full, "wb") as out:
        out.write(gzip.compress(raw, mtime=0) if gz else raw)


def compact(obj):
    return json.dumps(obj, separators=(",", ":"))


def samples():
    call = {c[1]: c for c in CALLS}
    # 1. gzip log file, us-east-1: every identity type, two denials.
    us = [record(1, "Root", call["ListBuckets"]), record(2, "IAMUser", call["GetObject"], denied=True),
          record(3, "AssumedRole", call["ListUsers"], denied=True), record(4, "AssumedRoleSSO", call["DescribeTable"]),
          record(5, "FederatedUser", call["GetCallerIdentity"]), record(6, "AWSService", call["DescribeTrails"]),
          record(7, "AWSAccount", call["GetObject"]), record(8, "IdentityCenterUser", call["ListFunctions20150331"]),
          record(9, "WebIdentityUser", call["GetCallerIdentity"]), record(10, "SAMLUser", call["DescribeInstances"]),
          record(11, "IAMUser", call["CreateAccessKey"])]
    write(f"samples/logs/AWSLogs/{PROD}/CloudTrail/us-east-1/2026/11/27/{PROD}_CloudTrail_us-east-1_20261127T0915Z_Qx3HcI0hZQ9vN2aB.json.gz",
          compact({"Records": us}), gz=True)
    # 2. uncompressed, pretty-printed log file, eu-west-1: an EC2 denial by a federated user.
    eu = [record(20, "FederatedUser", call["DescribeInstances"], denied=True, region="eu-west-1"),
          record(21, "AssumedRole", call["DescribeInstances"], region="eu-west-1")]
    write(f"samples/logs/AWSLogs/{PROD}/CloudTrail/eu-west-1/2026/11/27/{PROD}_CloudTrail_eu-west-1_20261127T0925Z_b7Lk2mPq9XcVn0Rt.json",
          json.dumps({"Records": eu}, indent=2) + "\n")
    # 3. a digest file: skipped and counted.
    digest = {"awsAccountId": PROD, "digestStartTime": ts(0), "digestEndTime": ts(60), "digestS3Bucket": "org-trail-logs",
              "digestS3Object": f"AWSLogs/{PROD}/CloudTrail-Digest/us-east-1/2026/11/27/{PROD}_CloudTrail-Digest_us-east-1_org-trail_us-east-1_20261127T100000Z.json.gz",
              "digestPublicKeyFingerprint": "0123456789abcdef0123456789abcdef", "digestSignatureAlgorithm": "SHA256withRSA",
              "newestEventTime": ts(58), "oldestEventTime": ts(1), "previousDigestS3Bucket": "org-trail-logs", "previousDigestHashValue": "00" * 32,
              "previousDigestHashAlgorithm": "SHA-256", "previousDigestSignature": "ab" * 64,
              "logFiles": [{"s3Bucket": "org-trail-logs", "s3Object": "AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/27/x.json.gz",
                            "hashValue": "cd" * 32, "hashAlgorithm": "SHA-256", "newestEventTime": ts(14), "oldestEventTime": ts(1)}]}
    write(f"samples/logs/AWSLogs/{PROD}/CloudTrail-Digest/us-east-1/2026/11/27/{PROD}_CloudTrail-Digest_us-east-1_org-trail_us-east-1_20261127T100000Z.json.gz",
          compact(digest), gz=True)
    # 4. EventBridge events as JSON Lines, one of each CloudTrail detail type; a KMS denial.
    lines = [eventbridge(record(30, "AssumedRoleSSO", call["Decrypt"], denied=True)),
             eventbridge(console_login(31, "IAMUser"), "AWS Console Sign In via CloudTrail"),
             eventbridge(record(32, "AWSService", call["DescribeTrails"]), "AWS Service Event via CloudTrail"),
             eventbridge(record(33, "IdentityCenterUser", call["ListBuckets"]), "AWS Console Action via CloudTrail")]
    write("samples/logs/eventbridge/cloudtrail-events.jsonl", "".join(compact(e) + "\n" for e in lines))
    # 5. one EventBridge event, pretty-printed: a failed root console sign-in (no authorization error code, so no alert today).
    write("samples/logs/eventbridge/root-console-signin-failure.json",
          json.dumps(eventbridge(console_login(40, "Root", failed=True), "AWS Console Sign In via CloudTrail"), indent=2) + "\n")
    # 6. a JSON array of EventBridge events: a DynamoDB denial by a SAML user.
    write("samples/logs/eventbridge/events-array.json",
          json.dumps([eventbridge(record(50, "SAMLUser", call["DescribeTable"], denied=True)),
                      eventbridge(record(51, "WebIdentityUser", call["GetObject"]))], indent=2) + "\n")
    # 7. aws cloudtrail lookup-events output: a Lambda denial by a web identity.
    lookups = [record(60, "WebIdentityUser", call["ListFunctions20150331"], denied=True), record(61, "AWSAccount", call["ListBuckets"]),
               record(62, "Root", call["CreateAccessKey"])]
    write("samples/logs/lookup-events/lookup-events.json",
          json.dumps({"Events": [lookup_entry(r) for r in lookups], "NextToken": "eyJOZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAzfQ=="}, indent=4) + "\n")
    # 8. raw records: one object, an array, JSON Lines (incl. an eventVersion 1.02 record without the newer fields).
    write("samples/logs/records/single-record.json", json.dumps(record(70, "AWSAccount", call["DescribeTrails"], denied=True), indent=2) + "\n")
    write("samples/logs/records/records-array.json",
          json.dumps([record(71, "IAMUser", call["ListUsers"]), record(72, "Root", call["GetCallerIdentity"], denied=True)], indent=2) + "\n")
    old = record(73, "IAMUser", call["ListBuckets"], denied=True, version="1.02")
    for field in ("eventID", "readOnly", "eventType", "managementEvent", "eventCategory", "tlsDetails", "requestID", "recipientAccountId"):
        old.pop(field)
    write("samples/logs/records/records.jsonl",
          "".join(compact(r) + "\n" for r in [record(74, "AssumedRole", call["CreateAccessKey"]), old, record(75, "FederatedUser", call["Decrypt"])]))
    # 9. a gzip log file saved without .gz: compression is detected from the bytes.
    write("samples/logs/downloads/trail-export-20261127.json",
          compact({"Records": [record(80, "IdentityCenterUser", call["GetObject"], denied=True), record(81, "AssumedRoleSSO", call["ListBuckets"])]}), gz=True)

    # 10. stolen access keys probed: twelve different denied calls by one IAM user within 90 seconds, from one address
    # (the tenth reaches AWS.AccessDenied.EnumerationBurst's threshold of ten distinct denied actions in five minutes).
    leaked = {"type": "IAMUser", "principalId": "AIDAQCIDEPLOYEREX001", "arn": f"arn:aws:iam::{PROD}:user/ci-deployer",
              "accountId": PROD, "accessKeyId": "AKIAQCIDEPLOYEREX001", "userName": "ci-deployer"}
    probes = [("iam.amazonaws.com", "ListUsers"), ("iam.amazonaws.com", "ListRoles"), ("s3.amazonaws.com", "ListBuckets"),
              ("ec2.amazonaws.com", "DescribeInstances"), ("iam.amazonaws.com", "GetAccountAuthorizationDetails"), ("kms.amazonaws.com", "ListKeys"),
              ("dynamodb.amazonaws.com", "ListTables"), ("ec2.amazonaws.com", "DescribeSecurityGroups"), ("lambda.amazonaws.com", "ListFunctions20150331"),
              ("cloudtrail.amazonaws.com", "DescribeTrails"), ("iam.amazonaws.com", "ListAccessKeys"), ("ec2.amazonaws.com", "DescribeVpcs")]
    probing = []
    for i, (source, name) in enumerate(probes):
        rec = record(110 + i, "IAMUser", (source, name, "AwsApiCall", True, None), denied=True, minutes=50 + i * 8 / 60)
        rec["userIdentity"] = copy.deepcopy(leaked)
        rec["sourceIPAddress"] = "192.0.2.201"
        rec["userAgent"] = AGENTS[1]
        rec["errorMessage"] = DENIALS[source][1].format(arn=leaked["arn"], name=name)
        probing.append(rec)
    write(f"samples/logs/AWSLogs/{PROD}/CloudTrail/us-east-1/2026/11/27/{PROD}_CloudTrail_us-east-1_20261127T0955Z_Enum7PrB3kVd1XwA.json.gz",
          compact({"Records": probing}), gz=True)

    # Broken inputs, kept apart.
    good = compact({"Records": [record(90 + i, "IAMUser", call["GetObject"], denied=(i == 1)) for i in range(4)]})
    whole = gzip.compress(good.encode(), mtime=0)
    write("samples/bad/truncated.json.gz", whole[: len(whole) * 2 // 3])
    write("samples/bad/not-json.txt", "This is a CloudTrail console export summary, not JSON.\nEvents: 4\n")
    records = [compact(record(100 + i, "AssumedRole", call["ListUsers"], denied=(i == 0))) for i in range(3)]
    write("samples/bad/invalid-json.json", '{"Records":[' + records[0] + "," + records[1][:-40] + "," + records[2] + "]}\n")
    write("samples/bad/non-object-record.json",
          '{"Records":[' + records[0] + ',"not a record",42,' + records[1] + "]}\n")
    write("samples/bad/bad-lines.jsonl", records[0] + "\n" + '{"eventSource": "s3.amazonaws.com", "eventName": \n' + '["an array"]\n' + records[2] + "\n")
    write("samples/bad/not-cloudtrail-event.json", compact({"version": "0", "id": "7bf73129-1428-4cd3-a780-95db273d1602",
          "detail-type": "EC2 Instance State-change Notification", "source": "aws.ec2", "account": PROD, "time": ts(0), "region": "us-east-1",
          "resources": [f"arn:aws:ec2:us-east-1:{PROD}:instance/i-0123456789abcdef0"], "detail": {"instance-id": "i-0123456789abcdef0", "state": "stopped"}}) + "\n")

    # Fixtures: one record per identity type for the normalizer tests.
    for key in IDENTITIES:
        write(f"tests/fixtures/cloudtrail/identities/{key}.json", json.dumps(record(200, key, call["GetObject"], denied=True), indent=2) + "\n")


def large(directory, megabytes, files):
    os.makedirs(directory, exist_ok=True)
    rng = random.Random(7)
    keys = list(IDENTITIES)
    target = megabytes * 1024 * 1024
    per_file = target // (files + 1)
    written, seq, records = 0, 0, 0
    for n in range(files + 1):
        big = n == files
        path = os.path.join(directory, f"big-{n}.json" if big else f"{PROD}_CloudTrail_us-east-1_20261127T{n:04d}Z_load{n}.json.gz")
        opener = open(path, "wb") if big else gzip.open(path, "wb", compresslevel=1)
        with opener as out:
            out.write(b'{"Records":[')
            size = 0
            first = True
            while size < per_file:
                seq += 1
                rec = record(seq, rng.choice(keys), rng.choice(CALLS), denied=rng.random() < 0.02, rng=rng, minutes=seq % 1440)
                if rng.random() < 0.05:
                    rec["requestParameters"] = {"policyDocument": "x" * rng.randint(2000, 20000)}
                data = (b"" if first else b",") + compact(rec).encode()
                first = False
                out.write(data)
                size += len(data)
                records += 1
            out.write(b"]}\n")
            written += size
    print(f"{records} records, {written / 1024 / 1024:.1f} MB uncompressed in {files} .json.gz files and 1 .json under {directory}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("samples")
    big = sub.add_parser("large")
    big.add_argument("directory")
    big.add_argument("--mb", type=int, default=250)
    big.add_argument("--files", type=int, default=4)
    args = parser.parse_args()
    if args.command == "samples":
        samples()
    else:
        large(args.directory, args.mb, args.files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
