#!/bin/bash
# Sakshya .deb post-remove: electron-builder's default, plus the /usr/bin/sakshya CLI link.

# Delete the link to the binary
if type update-alternatives >/dev/null 2>&1; then
    update-alternatives --remove '${executable}' '/usr/bin/${executable}'
else
    rm -f '/usr/bin/${executable}'
fi

# Only remove the CLI link if it is still ours.
if [ "`readlink /usr/bin/sakshya`" = '/opt/${sanitizedProductName}/bin/sakshya' ]; then
    rm -f /usr/bin/sakshya
fi
