# What `cmake --install` puts where, and the Debian package CPack makes of it
# (`cmake --build --preset ci --target package`; see README, "The Debian package").
include(GNUInstallDirs)

set(IHA_PACKAGE_MAINTAINER "Inmanta HA Admin developers <ha-admin@example.org>"
    CACHE STRING "The package's Maintainer (name <address>): set it for a real release")

# The desktop entry, its icon and the AppStream metainfo, for software centres and menus.
install(FILES ${PROJECT_SOURCE_DIR}/resources/inmanta-ha-admin.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/inmanta-ha-admin.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/resources/com.inmanta.HaAdmin.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/installer/bash-completion/inmanta-ha-cli
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

# The lab, shipped as the practice cluster's hosts (lab/practice is their helper, the one part
# that runs as root); the programs find it at ../lib/inmanta-ha-admin/lab from their own folder.
# Scripts, not binaries: under lib/, not the multiarch folder. pkexec asks with its own words.
# Its path in the package (installed under /usr), for the man page and polkit.
set(IHA_PRACTICE_HELPER /usr/lib/inmanta-ha-admin/lab/practice)
install(PROGRAMS ${PROJECT_SOURCE_DIR}/lab/lab ${PROJECT_SOURCE_DIR}/lab/practice
    ${PROJECT_SOURCE_DIR}/lab/host-init ${PROJECT_SOURCE_DIR}/lab/systemctl
    ${PROJECT_SOURCE_DIR}/lab/inmanta-standin ${PROJECT_SOURCE_DIR}/lab/practice-sandbox
    ${PROJECT_SOURCE_DIR}/lab/practice-gateway
    DESTINATION lib/inmanta-ha-admin/lab)
configure_file(${PROJECT_SOURCE_DIR}/installer/polkit/com.inmanta.HaAdmin.practice.policy.in
    ${PROJECT_BINARY_DIR}/polkit/com.inmanta.HaAdmin.practice.policy @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/polkit/com.inmanta.HaAdmin.practice.policy
    DESTINATION ${CMAKE_INSTALL_DATADIR}/polkit-1/actions)

# Man pages, compressed as Debian wants them: the command line tool's written by hand (its
# commands need more words than --help has room for; test_package checks it names every
# command --help lists), the application's from its own --help (help2man).
find_program(IHA_HELP2MAN help2man REQUIRED)
set(iha_man_dir ${PROJECT_BINARY_DIR}/man)
configure_file(${PROJECT_SOURCE_DIR}/installer/man/inmanta-ha-cli.1.in
    ${iha_man_dir}/inmanta-ha-cli.1 @ONLY)
add_custom_command(OUTPUT ${iha_man_dir}/inmanta-ha-admin.1
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
        ${IHA_HELP2MAN} --no-info --section=1
        --include=${PROJECT_SOURCE_DIR}/installer/man/inmanta-ha-admin.h2m
        --output=${iha_man_dir}/inmanta-ha-admin.1 $<TARGET_FILE:inmanta-ha-admin>
    DEPENDS inmanta-ha-admin ${PROJECT_SOURCE_DIR}/installer/man/inmanta-ha-admin.h2m
    COMMENT "Man page of inmanta-ha-admin"
    VERBATIM)
set(iha_man_pages)
foreach(program inmanta-ha-cli inmanta-ha-admin)
    add_custom_command(OUTPUT ${iha_man_dir}/${program}.1.gz
        COMMAND gzip -9nkf ${iha_man_dir}/${program}.1
        DEPENDS ${iha_man_dir}/${program}.1
        VERBATIM)
    list(APPEND iha_man_pages ${iha_man_dir}/${program}.1.gz)
endforeach()
add_custom_target(iha_man_pages ALL DEPENDS ${iha_man_pages})
install(FILES ${iha_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Debian's documentation files: the copyright and the (compressed) changelog.
configure_file(${PROJECT_SOURCE_DIR}/installer/debian/changelog.in
    ${PROJECT_BINARY_DIR}/debian/changelog.Debian @ONLY)
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/debian/changelog.Debian.gz
    COMMAND gzip -9nkf ${PROJECT_BINARY_DIR}/debian/changelog.Debian
    DEPENDS ${PROJECT_BINARY_DIR}/debian/changelog.Debian
    VERBATIM)
add_custom_target(iha_debian_changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/debian/changelog.Debian.gz)
install(FILES ${PROJECT_SOURCE_DIR}/installer/debian/copyright
    ${PROJECT_BINARY_DIR}/debian/changelog.Debian.gz
    DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME inmanta-ha-admin)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${IHA_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "set up and fail over the HA PostgreSQL pair behind an Inmanta orchestrator")
set(CPACK_PACKAGE_DESCRIPTION
    "Inmanta HA Admin shows the high-availability PostgreSQL pair behind an\n\
Inmanta orchestrator at a glance and walks an operator through each\n\
procedure of the HA runbook: configure the primary and the standby, promote\n\
the standby, fail the Inmanta server over, add a standby back and start a\n\
new orchestrator. It refuses what is dangerous, keeps passwords in the\n\
desktop keychain, and records every step in a signed audit log.\n\
.\n\
This package holds the desktop application (inmanta-ha-admin) and the\n\
command line tool (inmanta-ha-cli).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1) # a Debian revision: not a native package
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://inmanta.com/)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# What is linked is found by dpkg-shlibdeps; what is loaded at run time is named here: Qt's
# SQLite driver (the audit log) and PostgreSQL driver (the SQL probe), libsecret (QtKeychain
# opens it with dlopen), and Qt's SVG icon engine (the window's icon).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libsecret-1-0, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
# The practice cluster runs real sshd and PostgreSQL 15 hosts (its helper says which are missing
# when asked for), linked with iproute2, in user namespaces (uidmap), its Inmanta stand-in in
# python3; pkexec (the desktop)
# or sudo (a terminal) start its helper as root.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS
    "postgresql-15, openssh-server, iproute2, python3, uidmap, procps, pkexec | sudo")
# prerm: a practice cluster still up is taken down with the package; postrm purge: its state.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/installer/debian/prerm
    ${PROJECT_SOURCE_DIR}/installer/debian/postrm)
include(CPack)
