using System.Text.RegularExpressions;

namespace FinExtract.Rules;

/// <summary>
/// A rule's pattern as the runtime tiers code: interpreted at first, which costs nothing to build, then compiled
/// on a pool thread once the rule has been used often enough to repay the compile (about a tenth of a second a
/// pattern, most of a short run's start-up when every rule paid it at load). The compiled pattern is run on the
/// rule's own examples before it replaces the interpreted one, so its JIT never counts against an article's
/// match timeout. Both engines give the same matches, so output does not depend on when the swap happens.
/// </summary>
public sealed class TieredRegex
{
    /// <summary>Uses after which the pattern is compiled: a few pages of role rules, some dozens of pages of entity rules.</summary>
    public const int CompileAfterUses = 48;

    private readonly string _pattern;
    private readonly RegexOptions _options;
    private readonly TimeSpan _timeout;
    private readonly IReadOnlyList<string> _warmUp;
    private Regex _current;
    private int _uses;

    /// <summary>Builds the interpreted pattern; throws <see cref="ArgumentException"/> when it does not parse.</summary>
    public TieredRegex(string pattern, RegexOptions options, TimeSpan timeout, IReadOnlyList<string> warmUp)
    {
        _pattern = pattern;
        _options = options & ~RegexOptions.Compiled;
        _timeout = timeout;
        _warmUp = warmUp;
        _current = new Regex(pattern, _options, timeout);
    }

    /// <summary>The pattern as it runs now.</summary>
    public Regex Current => Volatile.Read(ref _current);

    /// <summary>Whether the compiled pattern has replaced the interpreted one.</summary>
    public bool IsCompiled => (Current.Options & RegexOptions.Compiled) != 0;

    /// <summary>The pattern for one use; the use that reaches <see cref="CompileAfterUses"/> starts the compile.</summary>
    public Regex Use()
    {
        if (Interlocked.Increment(ref _uses) == CompileAfterUses) ThreadPool.UnsafeQueueUserWorkItem(_ => Compile(), null);
        return Current;
    }

    /// <summary>Compiles the pattern now and swaps it in (the pool thread's work; tests and benchmarks call it directly).</summary>
    public void Compile()
    {
        if (IsCompiled) return;
        var compiled = new Regex(_pattern, _options | RegexOptions.Compiled, _timeout);
        foreach (var input in _warmUp) Warm(compiled, input);
        Volatile.Write(ref _current, compiled);
    }

    /// <summary>
    /// Runs a pattern once so that its code is compiled. The compile time counts against the match timeout on
    /// that first call, so a loaded machine may time it out: then it is run again, compiled by now.
    /// </summary>
    private static void Warm(Regex regex, string input)
    {
        for (int attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                regex.IsMatch(input);
                return;
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => _pattern;
}
