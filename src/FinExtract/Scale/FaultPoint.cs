using System.Diagnostics;

namespace FinExtract.Scale;

/// <summary>
/// A crash on purpose, for the tests that prove a killed worker loses and doubles nothing:
/// <c>FINEXTRACT_FAULT=after-commit</c> (or <c>after-commit:N</c>, the Nth time) kills the process with
/// SIGKILL at that point, between committing a part and acknowledging it; <c>after-article:N</c> right after the Nth
/// article of the process is recorded, in the middle of a run, a shard or a feed batch. Unset, it does nothing.
/// </summary>
public static class FaultPoint
{
    /// <summary>The environment variable.</summary>
    public const string Variable = "FINEXTRACT_FAULT";

    private static int _hits;

    /// <summary>The variable's value, read once: it is looked at after every article.</summary>
    private static readonly string? Spec = Environment.GetEnvironmentVariable(Variable);

    /// <summary>Kills the process here when the variable names this point (and its count is reached).</summary>
    public static void Hit(string point)
    {
        if (string.IsNullOrEmpty(Spec)) return;
        var parts = Spec.Split(':');
        if (parts[0] != point) return;
        int at = parts.Length > 1 && int.TryParse(parts[1], out int n) ? n : 1;
        if (Interlocked.Increment(ref _hits) < at) return;
        Console.Error.WriteLine($"{Variable}: killed at {point}");
        Console.Error.Flush();
        Process.GetCurrentProcess().Kill();
        Thread.Sleep(Timeout.Infinite);
    }
}
