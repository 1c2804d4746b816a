# Hand-written decisions (batch yy): which raw lines (1-based) stay in gold, in order.
# ("join", sep, [a, b, ...]) rejoins a paragraph broken over several raw lines.
# Written from shared/POLICY.md line by line, before anything measured these pages; the reasons
# are in ../DECISIONS.md.
R = lambda a, b: list(range(a, b + 1))
SPECS = {
    # i3fresh.tw product page (Taiwan food/pet-food shop; Traditional -> t2s)
    "yy01_i3fresh-tw-food-shop-product-price-tiers-help-links-trad.txt": {
        "t2s": True,
        "keep": R(46, 69) + R(78, 92) + R(116, 125),
    },
    # gomaji.com group-buying deal page (theatre tickets; Traditional -> t2s)
    "yy02_gomaji-tw-theatre-deal-voucher-terms-blurbs-dialogs-trad.txt": {
        "t2s": True,
        "keep": [21, 22, 23] + R(33, 44) + R(46, 90) + [93, 94, 95]
        + [178, 179, 180, 181, 183, 184, 185, 186, 188, 189, 190, 191,
           193, 194, 195, 196, 198, 199, 200, 201, 203, 204, 205, 206,
           208, 209, 210, 211, 213, 214, 215, 216, 218, 219, 220, 221]
        + [224, 225, 226, 227],
    },
    # pcstore.com.tw product page of an outdoor-gear shop (Traditional -> t2s)
    "yy03_pcstore-tw-outdoor-shop-product-category-menu-json-trad.txt": {
        "t2s": True,
        "keep": [250] + R(260, 281) + R(298, 308) + R(316, 326) + R(334, 340),
    },
    # mitbbs.com (mirror mitbbssg.com) thread page, Beijing board (Simplified)
    "yy04_mitbbs-bbs-thread-replies-quoted-hardwrap-signatures.txt": {
        "keep": [37, 38, 46, 47] + R(49, 53) + [62, 63, 65, 74, 75, 77, 78,
                 ("join", "", R(79, 83)), ("join", "", R(84, 87)),
                 ("join", "", R(88, 90)), ("join", "", [91, 92]), 93],
    },
    # toronto.singtao.ca home page (Sing Tao Daily Canada, zh-hk variant; Traditional -> t2s)
    "yy05_singtao-ca-toronto-news-portal-home-teasers-trad.txt": {
        "t2s": True,
        "keep": [134, 135, 136, 144, 145, 153, 154, 155, 163, 164, 165, 173, 174, 175],
    },
    # asodao.info sign-up page (a VPN service; Simplified)
    "yy06_asodao-vpn-signup-page-notice-form-labels.txt": {
        "keep": [7, 9, 10, 11, 12, 13, 14, 15, ("join", "", [16, 17]), 18],
    },
    # www.fmprc.gov.cn 404 page (ministry portal chrome only) -> empty gold
    "yy07_fmprc-gov-portal-404-menus-footer-empty-gold.txt": {"keep": []},
    # www.bjtu.edu.cn 404 page, GB2312 text kept in GB18030 bytes -> empty gold
    "yy08_bjtu-university-404-notice-gb18030-empty-gold.txt": {"encoding": "gb18030", "keep": []},
    # www.zhaopin.com home page (job portal), first 150 of 481 lines -> empty gold
    "yy09_zhaopin-job-portal-home-link-lists-cut.txt": {"keep": []},
    # jslcae.com (宁夏金丝路文化艺术品交易中心) industry-news category page, page 2 (listing; Simplified)
    "yy10_jslcae-art-exchange-news-listing-title-teaser-pager.txt": {"keep": R(53, 92)},
}
