// Namespaces used across the web tests (one in three files or more); Xunit comes from the project file.
global using System.Net;
global using FamilyFirst.Web.Data;
global using FamilyFirst.Web.Infrastructure.Auth;
global using FamilyFirst.Web.Tests.Infrastructure;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
