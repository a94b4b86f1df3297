using System.Text.RegularExpressions;

namespace FinExtract.Rules;

/// <summary>A rule's pattern ran over its match timeout: the message names the rule, its file and line, and the fix.</summary>
public sealed class RuleTimeoutException : Exception
{
    /// <summary>Creates the exception for <paramref name="rule"/>.</summary>
    public RuleTimeoutException(Rule rule, RegexMatchTimeoutException inner)
        : base($"rule '{rule.Id}' ({rule.File}:{rule.Line}) ran over its match timeout of {inner.MatchTimeout.TotalMilliseconds:0} ms "
               + "(limits.regexTimeoutMs); its pattern backtracks catastrophically on this text: make its repetitions possessive or atomic (?>...), "
               + "or bound them", inner)
    {
        Rule = rule;
    }

    /// <summary>The rule that timed out.</summary>
    public Rule Rule { get; }
}
