// What one translation unit sees of nisc: the addresses of its tables and the answers of a few
// queries. probe_a.cpp and probe_b.cpp compute it separately; main.cpp compares the two.
#ifndef NISC_TESTS_HYGIENE_PROBE_HPP
#define NISC_TESTS_HYGIENE_PROBE_HPP

struct nisc_probe {
    const void* table;      // &nisc::budget_by_ministry: an inline variable, one object per program
    const void* enum_rows;  // &nisc::enum_rows<nisc::ministry>::rows
    const void* values;     // &nisc::values_of<nisc::ministry>
    const void* errata;     // &nisc::errata
    const char* name;       // nisc::name_ja(nisc::ministry::defense).data() (a literal: its address may differ)
    long long amount;       // nisc::budget_of(nisc::ministry::defense, fiscal_year{year}), or -1
};

nisc_probe probe_a(int year) noexcept;
nisc_probe probe_b(int year) noexcept;

#endif  // NISC_TESTS_HYGIENE_PROBE_HPP
