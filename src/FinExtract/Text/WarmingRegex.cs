using System.Text.RegularExpressions;

namespace FinExtract.Text;

/// <summary>
/// A pattern built from data at run time that answers with the regex interpreter at first, which costs nothing to build,
/// and, once it has been used enough to repay the compile, switches to a compiled copy built on a pool thread. Compiling
/// at load was most of a short run's start-up (word-list alternations, the rule files); long runs gain from the compiled
/// copies. The compiled copy is run on its warm-up inputs before it takes over, so its JIT never counts against a match
/// timeout. The matches are the same either way, so output does not depend on when the switch happens; a pattern for which the
/// runtime's compiler is known to answer otherwise (<see cref="CompilesFaithfully"/>) stays interpreted.
/// </summary>
public sealed partial class WarmingRegex
{
    /// <summary>Uses after which the compiled copy is built by default (a page uses a word-list pattern tens to hundreds of times).</summary>
    public const int CompileAfterUses = 2000;

    private readonly string _pattern;
    private readonly RegexOptions _options;
    private readonly TimeSpan _timeout;
    private readonly IReadOnlyList<string> _warmUp;
    private readonly int _compileAfterUses;
    private Regex _current;
    private int _uses;
    private readonly bool _faithful;

    /// <summary>Builds the interpreted pattern now (throws <see cref="ArgumentException"/> when it does not parse); the compiled one later.</summary>
    public WarmingRegex(string pattern, RegexOptions options, TimeSpan? timeout = null, IReadOnlyList<string>? warmUp = null,
        int compileAfterUses = CompileAfterUses)
    {
        _pattern = pattern;
        _options = options & ~RegexOptions.Compiled;
        _timeout = timeout ?? Regex.InfiniteMatchTimeout;
        _warmUp = warmUp ?? new[] { "warm up" };
        _compileAfterUses = compileAfterUses;
        _current = new Regex(pattern, _options, _timeout);
        _faithful = CompilesFaithfully(pattern);
    }

    /// <summary>
    /// Whether the runtime's regex compiler gives the interpreter's matches for the pattern. It does not for a lazy loop with an upper
    /// bound (<c>(?:\W+\w+){0,4}?</c>): backtracking out of one that has reached its bound leaves the compiled code's stack wrong, and it
    /// can then match past the bound (dotnet/runtime#129511, fixed after .NET 10). Such a pattern stays interpreted, so that what a
    /// rule matches never depends on how far a run has got.
    /// </summary>
    public static bool CompilesFaithfully(string pattern) => !BoundedLazyLoop().IsMatch(pattern);

    /// <summary>An unescaped {n,m}? or {,m}? quantifier.</summary>
    [GeneratedRegex(@"(?<!\\)\{\d*,\d+\}\?", RegexOptions.CultureInvariant)]
    private static partial Regex BoundedLazyLoop();

    /// <summary>The pattern for one use: interpreted until the compiled copy is ready; the use that reaches the threshold starts the compile.</summary>
    public Regex Regex
    {
        get
        {
            var current = Current;
            if ((current.Options & RegexOptions.Compiled) == 0 && Interlocked.Increment(ref _uses) == _compileAfterUses && _faithful)
                ThreadPool.UnsafeQueueUserWorkItem(_ => Compile(), null);
            return current;
        }
    }

    /// <summary>The pattern as it runs now, without counting a use.</summary>
    public Regex Current => Volatile.Read(ref _current);

    /// <summary>Whether the compiled copy has taken over.</summary>
    public bool IsCompiled => (Current.Options & RegexOptions.Compiled) != 0;

    /// <summary>Compiles the pattern now and swaps it in (the pool thread's work; benchmarks and tests call it directly).</summary>
    public void Compile()
    {
        if (IsCompiled || !_faithful) return;
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
