#include <parent/report.hpp>

#include <cstdio>  // std::printf

int main() {
    static_assert(parent::request_in_oku_yen() == 338);
    std::printf("nisc_parent_user: FY2008 request %lld oku yen\n", parent::request_in_oku_yen());
    return 0;
}
