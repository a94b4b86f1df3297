namespace FinExtract.Pipeline;

/// <summary>
/// A stage whose first article pays for one-time work (tables read, patterns built, parser code made ready): it does
/// that work on a page of its own while the slower stages are being built, so that a short run does not pay it
/// after loading. Warming up changes no output.
/// </summary>
public interface IWarmUp
{
    /// <summary>Processes a small built-in page and throws nothing.</summary>
    void WarmUp();
}
