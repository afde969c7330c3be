#include <iostream>

int main() {
  std::cout << "annalist\n";
  return 0;
}
