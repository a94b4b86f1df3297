using System.Runtime.InteropServices;

namespace FinExtract.Input;

/// <summary>The canonical path of a folder, every link in it resolved: two ways into one folder give one path.</summary>
internal static partial class RealPath
{
    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr NativeRealPath(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr p);

    /// <summary>The resolved path; on a system without realpath, each link component resolved by .NET.</summary>
    public static string Of(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            IntPtr p = NativeRealPath(path, IntPtr.Zero);
            if (p != IntPtr.Zero)
            {
                try { return Marshal.PtrToStringUTF8(p) ?? path; }
                finally { Free(p); }
            }
            return Path.GetFullPath(path); // a broken link: its own path, walked (and found empty) once
        }
        var info = new DirectoryInfo(path);
        return info.LinkTarget != null ? info.ResolveLinkTarget(true)?.FullName ?? info.FullName : info.FullName;
    }
}
