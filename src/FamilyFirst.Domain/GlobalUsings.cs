// Namespaces used across the domain (one in three files or more); a file's own usings name what is special about it.
global using FamilyFirst.Domain.Common;
