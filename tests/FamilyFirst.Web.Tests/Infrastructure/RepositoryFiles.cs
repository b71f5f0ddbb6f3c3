namespace FamilyFirst.Web.Tests.Infrastructure;

/// <summary>Files of the repository itself (resources, sample data), found from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "FamilyFirst.slnx")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
        }
    }

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
