#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the case service's browser test
# (CaseworkerPagesTest). Without them the test skips and says so.
#   samples/case-service/install-browser.sh        (as root, or with sudo)
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "chromium and chromedriver are installed"
  exit 0
fi
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
$sudo_cmd apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q chromium chromium-driver
/usr/bin/chromium --version
/usr/bin/chromedriver --version
