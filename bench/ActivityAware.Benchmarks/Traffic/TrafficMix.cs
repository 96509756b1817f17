namespace ActivityAware.Benchmarks.Traffic;

/// <summary>Which calls the generated log files hold.</summary>
public enum TrafficMix
{
    /// <summary>
    /// A production account: the frequent calls real trails are made of (STS, KMS, Describe/Get/List, SSM agents, log streams,
    /// ENIs for Lambda in a VPC, Config evaluations), about 0.3% risky writes and 1.5% denials, most of them one misconfigured
    /// application retrying the same call. About 2% of the events can match a rule.
    /// </summary>
    Production,

    /// <summary>A stress mix: ten services, each call equally likely, so about 14% of the events match a rule; 2% denials from 40 users.</summary>
    WriteHeavy,
}
