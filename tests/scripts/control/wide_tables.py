# Generated shapes past the compiler's old fixed 256-entry tables.
class Big:
    a0: int = 0
    a1: int = 1
    a2: int = 2
    a3: int = 3
    a4: int = 4
    a5: int = 5
    a6: int = 6
    a7: int = 7
    a8: int = 8
    a9: int = 9
    a10: int = 10
    a11: int = 11
    a12: int = 12
    a13: int = 13
    a14: int = 14
    a15: int = 15
    a16: int = 16
    a17: int = 17
    a18: int = 18
    a19: int = 19
    a20: int = 20
    a21: int = 21
    a22: int = 22
    a23: int = 23
    a24: int = 24
    a25: int = 25
    a26: int = 26
    a27: int = 27
    a28: int = 28
    a29: int = 29
    a30: int = 30
    a31: int = 31
    a32: int = 32
    a33: int = 33
    a34: int = 34
    a35: int = 35
    a36: int = 36
    a37: int = 37
    a38: int = 38
    a39: int = 39
    a40: int = 40
    a41: int = 41
    a42: int = 42
    a43: int = 43
    a44: int = 44
    a45: int = 45
    a46: int = 46
    a47: int = 47
    a48: int = 48
    a49: int = 49
    a50: int = 50
    a51: int = 51
    a52: int = 52
    a53: int = 53
    a54: int = 54
    a55: int = 55
    a56: int = 56
    a57: int = 57
    a58: int = 58
    a59: int = 59
    a60: int = 60
    a61: int = 61
    a62: int = 62
    a63: int = 63
    a64: int = 64
    a65: int = 65
    a66: int = 66
    a67: int = 67
    a68: int = 68
    a69: int = 69
    a70: int = 70
    a71: int = 71
    a72: int = 72
    a73: int = 73
    a74: int = 74
    a75: int = 75
    a76: int = 76
    a77: int = 77
    a78: int = 78
    a79: int = 79
    a80: int = 80
    a81: int = 81
    a82: int = 82
    a83: int = 83
    a84: int = 84
    a85: int = 85
    a86: int = 86
    a87: int = 87
    a88: int = 88
    a89: int = 89
    a90: int = 90
    a91: int = 91
    a92: int = 92
    a93: int = 93
    a94: int = 94
    a95: int = 95
    a96: int = 96
    a97: int = 97
    a98: int = 98
    a99: int = 99
    a100: int = 100
    a101: int = 101
    a102: int = 102
    a103: int = 103
    a104: int = 104
    a105: int = 105
    a106: int = 106
    a107: int = 107
    a108: int = 108
    a109: int = 109
    a110: int = 110
    a111: int = 111
    a112: int = 112
    a113: int = 113
    a114: int = 114
    a115: int = 115
    a116: int = 116
    a117: int = 117
    a118: int = 118
    a119: int = 119
    a120: int = 120
    a121: int = 121
    a122: int = 122
    a123: int = 123
    a124: int = 124
    a125: int = 125
    a126: int = 126
    a127: int = 127
    a128: int = 128
    a129: int = 129
    a130: int = 130
    a131: int = 131
    a132: int = 132
    a133: int = 133
    a134: int = 134
    a135: int = 135
    a136: int = 136
    a137: int = 137
    a138: int = 138
    a139: int = 139
    a140: int = 140
    a141: int = 141
    a142: int = 142
    a143: int = 143
    a144: int = 144
    a145: int = 145
    a146: int = 146
    a147: int = 147
    a148: int = 148
    a149: int = 149
    a150: int = 150
    a151: int = 151
    a152: int = 152
    a153: int = 153
    a154: int = 154
    a155: int = 155
    a156: int = 156
    a157: int = 157
    a158: int = 158
    a159: int = 159
    a160: int = 160
    a161: int = 161
    a162: int = 162
    a163: int = 163
    a164: int = 164
    a165: int = 165
    a166: int = 166
    a167: int = 167
    a168: int = 168
    a169: int = 169
    a170: int = 170
    a171: int = 171
    a172: int = 172
    a173: int = 173
    a174: int = 174
    a175: int = 175
    a176: int = 176
    a177: int = 177
    a178: int = 178
    a179: int = 179
    a180: int = 180
    a181: int = 181
    a182: int = 182
    a183: int = 183
    a184: int = 184
    a185: int = 185
    a186: int = 186
    a187: int = 187
    a188: int = 188
    a189: int = 189
    a190: int = 190
    a191: int = 191
    a192: int = 192
    a193: int = 193
    a194: int = 194
    a195: int = 195
    a196: int = 196
    a197: int = 197
    a198: int = 198
    a199: int = 199
    a200: int = 200
    a201: int = 201
    a202: int = 202
    a203: int = 203
    a204: int = 204
    a205: int = 205
    a206: int = 206
    a207: int = 207
    a208: int = 208
    a209: int = 209
    a210: int = 210
    a211: int = 211
    a212: int = 212
    a213: int = 213
    a214: int = 214
    a215: int = 215
    a216: int = 216
    a217: int = 217
    a218: int = 218
    a219: int = 219
    a220: int = 220
    a221: int = 221
    a222: int = 222
    a223: int = 223
    a224: int = 224
    a225: int = 225
    a226: int = 226
    a227: int = 227
    a228: int = 228
    a229: int = 229
    a230: int = 230
    a231: int = 231
    a232: int = 232
    a233: int = 233
    a234: int = 234
    a235: int = 235
    a236: int = 236
    a237: int = 237
    a238: int = 238
    a239: int = 239
    a240: int = 240
    a241: int = 241
    a242: int = 242
    a243: int = 243
    a244: int = 244
    a245: int = 245
    a246: int = 246
    a247: int = 247
    a248: int = 248
    a249: int = 249
    a250: int = 250
    a251: int = 251
    a252: int = 252
    a253: int = 253
    a254: int = 254
    a255: int = 255
    a256: int = 256
    a257: int = 257
    a258: int = 258
    a259: int = 259
    a260: int = 260
    a261: int = 261
    a262: int = 262
    a263: int = 263
    a264: int = 264
    a265: int = 265
    a266: int = 266
    a267: int = 267
    a268: int = 268
    a269: int = 269
    a270: int = 270
    a271: int = 271
    a272: int = 272
    a273: int = 273
    a274: int = 274
    a275: int = 275
    a276: int = 276
    a277: int = 277
    a278: int = 278
    a279: int = 279
    a280: int = 280
    a281: int = 281
    a282: int = 282
    a283: int = 283
    a284: int = 284
    a285: int = 285
    a286: int = 286
    a287: int = 287
    a288: int = 288
    a289: int = 289
    a290: int = 290
    a291: int = 291
    a292: int = 292
    a293: int = 293
    a294: int = 294
    a295: int = 295
    a296: int = 296
    a297: int = 297
    a298: int = 298
    a299: int = 299
    def m0(self) -> int:
        return 0 + self.a0
    def m1(self) -> int:
        return 1 + self.a1
    def m2(self) -> int:
        return 2 + self.a2
    def m3(self) -> int:
        return 3 + self.a3
    def m4(self) -> int:
        return 4 + self.a4
    def m5(self) -> int:
        return 5 + self.a5
    def m6(self) -> int:
        return 6 + self.a6
    def m7(self) -> int:
        return 7 + self.a7
    def m8(self) -> int:
        return 8 + self.a8
    def m9(self) -> int:
        return 9 + self.a9
    def m10(self) -> int:
        return 10 + self.a10
    def m11(self) -> int:
        return 11 + self.a11
    def m12(self) -> int:
        return 12 + self.a12
    def m13(self) -> int:
        return 13 + self.a13
    def m14(self) -> int:
        return 14 + self.a14
    def m15(self) -> int:
        return 15 + self.a15
    def m16(self) -> int:
        return 16 + self.a16
    def m17(self) -> int:
        return 17 + self.a17
    def m18(self) -> int:
        return 18 + self.a18
    def m19(self) -> int:
        return 19 + self.a19
    def m20(self) -> int:
        return 20 + self.a20
    def m21(self) -> int:
        return 21 + self.a21
    def m22(self) -> int:
        return 22 + self.a22
    def m23(self) -> int:
        return 23 + self.a23
    def m24(self) -> int:
        return 24 + self.a24
    def m25(self) -> int:
        return 25 + self.a25
    def m26(self) -> int:
        return 26 + self.a26
    def m27(self) -> int:
        return 27 + self.a27
    def m28(self) -> int:
        return 28 + self.a28
    def m29(self) -> int:
        return 29 + self.a29
    def m30(self) -> int:
        return 30 + self.a30
    def m31(self) -> int:
        return 31 + self.a31
    def m32(self) -> int:
        return 32 + self.a32
    def m33(self) -> int:
        return 33 + self.a33
    def m34(self) -> int:
        return 34 + self.a34
    def m35(self) -> int:
        return 35 + self.a35
    def m36(self) -> int:
        return 36 + self.a36
    def m37(self) -> int:
        return 37 + self.a37
    def m38(self) -> int:
        return 38 + self.a38
    def m39(self) -> int:
        return 39 + self.a39
    def m40(self) -> int:
        return 40 + self.a40
    def m41(self) -> int:
        return 41 + self.a41
    def m42(self) -> int:
        return 42 + self.a42
    def m43(self) -> int:
        return 43 + self.a43
    def m44(self) -> int:
        return 44 + self.a44
    def m45(self) -> int:
        return 45 + self.a45
    def m46(self) -> int:
        return 46 + self.a46
    def m47(self) -> int:
        return 47 + self.a47
    def m48(self) -> int:
        return 48 + self.a48
    def m49(self) -> int:
        return 49 + self.a49
    def m50(self) -> int:
        return 50 + self.a50
    def m51(self) -> int:
        return 51 + self.a51
    def m52(self) -> int:
        return 52 + self.a52
    def m53(self) -> int:
        return 53 + self.a53
    def m54(self) -> int:
        return 54 + self.a54
    def m55(self) -> int:
        return 55 + self.a55
    def m56(self) -> int:
        return 56 + self.a56
    def m57(self) -> int:
        return 57 + self.a57
    def m58(self) -> int:
        return 58 + self.a58
    def m59(self) -> int:
        return 59 + self.a59
    def m60(self) -> int:
        return 60 + self.a60
    def m61(self) -> int:
        return 61 + self.a61
    def m62(self) -> int:
        return 62 + self.a62
    def m63(self) -> int:
        return 63 + self.a63
    def m64(self) -> int:
        return 64 + self.a64
    def m65(self) -> int:
        return 65 + self.a65
    def m66(self) -> int:
        return 66 + self.a66
    def m67(self) -> int:
        return 67 + self.a67
    def m68(self) -> int:
        return 68 + self.a68
    def m69(self) -> int:
        return 69 + self.a69
    def m70(self) -> int:
        return 70 + self.a70
    def m71(self) -> int:
        return 71 + self.a71
    def m72(self) -> int:
        return 72 + self.a72
    def m73(self) -> int:
        return 73 + self.a73
    def m74(self) -> int:
        return 74 + self.a74
    def m75(self) -> int:
        return 75 + self.a75
    def m76(self) -> int:
        return 76 + self.a76
    def m77(self) -> int:
        return 77 + self.a77
    def m78(self) -> int:
        return 78 + self.a78
    def m79(self) -> int:
        return 79 + self.a79
    def m80(self) -> int:
        return 80 + self.a80
    def m81(self) -> int:
        return 81 + self.a81
    def m82(self) -> int:
        return 82 + self.a82
    def m83(self) -> int:
        return 83 + self.a83
    def m84(self) -> int:
        return 84 + self.a84
    def m85(self) -> int:
        return 85 + self.a85
    def m86(self) -> int:
        return 86 + self.a86
    def m87(self) -> int:
        return 87 + self.a87
    def m88(self) -> int:
        return 88 + self.a88
    def m89(self) -> int:
        return 89 + self.a89
    def m90(self) -> int:
        return 90 + self.a90
    def m91(self) -> int:
        return 91 + self.a91
    def m92(self) -> int:
        return 92 + self.a92
    def m93(self) -> int:
        return 93 + self.a93
    def m94(self) -> int:
        return 94 + self.a94
    def m95(self) -> int:
        return 95 + self.a95
    def m96(self) -> int:
        return 96 + self.a96
    def m97(self) -> int:
        return 97 + self.a97
    def m98(self) -> int:
        return 98 + self.a98
    def m99(self) -> int:
        return 99 + self.a99
    def m100(self) -> int:
        return 100 + self.a100
    def m101(self) -> int:
        return 101 + self.a101
    def m102(self) -> int:
        return 102 + self.a102
    def m103(self) -> int:
        return 103 + self.a103
    def m104(self) -> int:
        return 104 + self.a104
    def m105(self) -> int:
        return 105 + self.a105
    def m106(self) -> int:
        return 106 + self.a106
    def m107(self) -> int:
        return 107 + self.a107
    def m108(self) -> int:
        return 108 + self.a108
    def m109(self) -> int:
        return 109 + self.a109
    def m110(self) -> int:
        return 110 + self.a110
    def m111(self) -> int:
        return 111 + self.a111
    def m112(self) -> int:
        return 112 + self.a112
    def m113(self) -> int:
        return 113 + self.a113
    def m114(self) -> int:
        return 114 + self.a114
    def m115(self) -> int:
        return 115 + self.a115
    def m116(self) -> int:
        return 116 + self.a116
    def m117(self) -> int:
        return 117 + self.a117
    def m118(self) -> int:
        return 118 + self.a118
    def m119(self) -> int:
        return 119 + self.a119
    def m120(self) -> int:
        return 120 + self.a120
    def m121(self) -> int:
        return 121 + self.a121
    def m122(self) -> int:
        return 122 + self.a122
    def m123(self) -> int:
        return 123 + self.a123
    def m124(self) -> int:
        return 124 + self.a124
    def m125(self) -> int:
        return 125 + self.a125
    def m126(self) -> int:
        return 126 + self.a126
    def m127(self) -> int:
        return 127 + self.a127
    def m128(self) -> int:
        return 128 + self.a128
    def m129(self) -> int:
        return 129 + self.a129
    def m130(self) -> int:
        return 130 + self.a130
    def m131(self) -> int:
        return 131 + self.a131
    def m132(self) -> int:
        return 132 + self.a132
    def m133(self) -> int:
        return 133 + self.a133
    def m134(self) -> int:
        return 134 + self.a134
    def m135(self) -> int:
        return 135 + self.a135
    def m136(self) -> int:
        return 136 + self.a136
    def m137(self) -> int:
        return 137 + self.a137
    def m138(self) -> int:
        return 138 + self.a138
    def m139(self) -> int:
        return 139 + self.a139
    def m140(self) -> int:
        return 140 + self.a140
    def m141(self) -> int:
        return 141 + self.a141
    def m142(self) -> int:
        return 142 + self.a142
    def m143(self) -> int:
        return 143 + self.a143
    def m144(self) -> int:
        return 144 + self.a144
    def m145(self) -> int:
        return 145 + self.a145
    def m146(self) -> int:
        return 146 + self.a146
    def m147(self) -> int:
        return 147 + self.a147
    def m148(self) -> int:
        return 148 + self.a148
    def m149(self) -> int:
        return 149 + self.a149
    def m150(self) -> int:
        return 150 + self.a150
    def m151(self) -> int:
        return 151 + self.a151
    def m152(self) -> int:
        return 152 + self.a152
    def m153(self) -> int:
        return 153 + self.a153
    def m154(self) -> int:
        return 154 + self.a154
    def m155(self) -> int:
        return 155 + self.a155
    def m156(self) -> int:
        return 156 + self.a156
    def m157(self) -> int:
        return 157 + self.a157
    def m158(self) -> int:
        return 158 + self.a158
    def m159(self) -> int:
        return 159 + self.a159
    def m160(self) -> int:
        return 160 + self.a160
    def m161(self) -> int:
        return 161 + self.a161
    def m162(self) -> int:
        return 162 + self.a162
    def m163(self) -> int:
        return 163 + self.a163
    def m164(self) -> int:
        return 164 + self.a164
    def m165(self) -> int:
        return 165 + self.a165
    def m166(self) -> int:
        return 166 + self.a166
    def m167(self) -> int:
        return 167 + self.a167
    def m168(self) -> int:
        return 168 + self.a168
    def m169(self) -> int:
        return 169 + self.a169
    def m170(self) -> int:
        return 170 + self.a170
    def m171(self) -> int:
        return 171 + self.a171
    def m172(self) -> int:
        return 172 + self.a172
    def m173(self) -> int:
        return 173 + self.a173
    def m174(self) -> int:
        return 174 + self.a174
    def m175(self) -> int:
        return 175 + self.a175
    def m176(self) -> int:
        return 176 + self.a176
    def m177(self) -> int:
        return 177 + self.a177
    def m178(self) -> int:
        return 178 + self.a178
    def m179(self) -> int:
        return 179 + self.a179
    def m180(self) -> int:
        return 180 + self.a180
    def m181(self) -> int:
        return 181 + self.a181
    def m182(self) -> int:
        return 182 + self.a182
    def m183(self) -> int:
        return 183 + self.a183
    def m184(self) -> int:
        return 184 + self.a184
    def m185(self) -> int:
        return 185 + self.a185
    def m186(self) -> int:
        return 186 + self.a186
    def m187(self) -> int:
        return 187 + self.a187
    def m188(self) -> int:
        return 188 + self.a188
    def m189(self) -> int:
        return 189 + self.a189
    def m190(self) -> int:
        return 190 + self.a190
    def m191(self) -> int:
        return 191 + self.a191
    def m192(self) -> int:
        return 192 + self.a192
    def m193(self) -> int:
        return 193 + self.a193
    def m194(self) -> int:
        return 194 + self.a194
    def m195(self) -> int:
        return 195 + self.a195
    def m196(self) -> int:
        return 196 + self.a196
    def m197(self) -> int:
        return 197 + self.a197
    def m198(self) -> int:
        return 198 + self.a198
    def m199(self) -> int:
        return 199 + self.a199
    def m200(self) -> int:
        return 200 + self.a200
    def m201(self) -> int:
        return 201 + self.a201
    def m202(self) -> int:
        return 202 + self.a202
    def m203(self) -> int:
        return 203 + self.a203
    def m204(self) -> int:
        return 204 + self.a204
    def m205(self) -> int:
        return 205 + self.a205
    def m206(self) -> int:
        return 206 + self.a206
    def m207(self) -> int:
        return 207 + self.a207
    def m208(self) -> int:
        return 208 + self.a208
    def m209(self) -> int:
        return 209 + self.a209
    def m210(self) -> int:
        return 210 + self.a210
    def m211(self) -> int:
        return 211 + self.a211
    def m212(self) -> int:
        return 212 + self.a212
    def m213(self) -> int:
        return 213 + self.a213
    def m214(self) -> int:
        return 214 + self.a214
    def m215(self) -> int:
        return 215 + self.a215
    def m216(self) -> int:
        return 216 + self.a216
    def m217(self) -> int:
        return 217 + self.a217
    def m218(self) -> int:
        return 218 + self.a218
    def m219(self) -> int:
        return 219 + self.a219
    def m220(self) -> int:
        return 220 + self.a220
    def m221(self) -> int:
        return 221 + self.a221
    def m222(self) -> int:
        return 222 + self.a222
    def m223(self) -> int:
        return 223 + self.a223
    def m224(self) -> int:
        return 224 + self.a224
    def m225(self) -> int:
        return 225 + self.a225
    def m226(self) -> int:
        return 226 + self.a226
    def m227(self) -> int:
        return 227 + self.a227
    def m228(self) -> int:
        return 228 + self.a228
    def m229(self) -> int:
        return 229 + self.a229
    def m230(self) -> int:
        return 230 + self.a230
    def m231(self) -> int:
        return 231 + self.a231
    def m232(self) -> int:
        return 232 + self.a232
    def m233(self) -> int:
        return 233 + self.a233
    def m234(self) -> int:
        return 234 + self.a234
    def m235(self) -> int:
        return 235 + self.a235
    def m236(self) -> int:
        return 236 + self.a236
    def m237(self) -> int:
        return 237 + self.a237
    def m238(self) -> int:
        return 238 + self.a238
    def m239(self) -> int:
        return 239 + self.a239
    def m240(self) -> int:
        return 240 + self.a240
    def m241(self) -> int:
        return 241 + self.a241
    def m242(self) -> int:
        return 242 + self.a242
    def m243(self) -> int:
        return 243 + self.a243
    def m244(self) -> int:
        return 244 + self.a244
    def m245(self) -> int:
        return 245 + self.a245
    def m246(self) -> int:
        return 246 + self.a246
    def m247(self) -> int:
        return 247 + self.a247
    def m248(self) -> int:
        return 248 + self.a248
    def m249(self) -> int:
        return 249 + self.a249
    def m250(self) -> int:
        return 250 + self.a250
    def m251(self) -> int:
        return 251 + self.a251
    def m252(self) -> int:
        return 252 + self.a252
    def m253(self) -> int:
        return 253 + self.a253
    def m254(self) -> int:
        return 254 + self.a254
    def m255(self) -> int:
        return 255 + self.a255
    def m256(self) -> int:
        return 256 + self.a256
    def m257(self) -> int:
        return 257 + self.a257
    def m258(self) -> int:
        return 258 + self.a258
    def m259(self) -> int:
        return 259 + self.a259
    def m260(self) -> int:
        return 260 + self.a260
    def m261(self) -> int:
        return 261 + self.a261
    def m262(self) -> int:
        return 262 + self.a262
    def m263(self) -> int:
        return 263 + self.a263
    def m264(self) -> int:
        return 264 + self.a264
    def m265(self) -> int:
        return 265 + self.a265
    def m266(self) -> int:
        return 266 + self.a266
    def m267(self) -> int:
        return 267 + self.a267
    def m268(self) -> int:
        return 268 + self.a268
    def m269(self) -> int:
        return 269 + self.a269
    def m270(self) -> int:
        return 270 + self.a270
    def m271(self) -> int:
        return 271 + self.a271
    def m272(self) -> int:
        return 272 + self.a272
    def m273(self) -> int:
        return 273 + self.a273
    def m274(self) -> int:
        return 274 + self.a274
    def m275(self) -> int:
        return 275 + self.a275
    def m276(self) -> int:
        return 276 + self.a276
    def m277(self) -> int:
        return 277 + self.a277
    def m278(self) -> int:
        return 278 + self.a278
    def m279(self) -> int:
        return 279 + self.a279
    def m280(self) -> int:
        return 280 + self.a280
    def m281(self) -> int:
        return 281 + self.a281
    def m282(self) -> int:
        return 282 + self.a282
    def m283(self) -> int:
        return 283 + self.a283
    def m284(self) -> int:
        return 284 + self.a284
    def m285(self) -> int:
        return 285 + self.a285
    def m286(self) -> int:
        return 286 + self.a286
    def m287(self) -> int:
        return 287 + self.a287
    def m288(self) -> int:
        return 288 + self.a288
    def m289(self) -> int:
        return 289 + self.a289
    def m290(self) -> int:
        return 290 + self.a290
    def m291(self) -> int:
        return 291 + self.a291
    def m292(self) -> int:
        return 292 + self.a292
    def m293(self) -> int:
        return 293 + self.a293
    def m294(self) -> int:
        return 294 + self.a294
    def m295(self) -> int:
        return 295 + self.a295
    def m296(self) -> int:
        return 296 + self.a296
    def m297(self) -> int:
        return 297 + self.a297
    def m298(self) -> int:
        return 298 + self.a298
    def m299(self) -> int:
        return 299 + self.a299


b = Big()
print(b.m0(), b.m299(), Big.a299, b.m150())
print(sum([b.m0(), b.m7(), b.m14(), b.m21(), b.m28(), b.m35(), b.m42(), b.m49(), b.m56(), b.m63(), b.m70(), b.m77(), b.m84(), b.m91(), b.m98(), b.m105(), b.m112(), b.m119(), b.m126(), b.m133(), b.m140(), b.m147(), b.m154(), b.m161(), b.m168(), b.m175(), b.m182(), b.m189(), b.m196(), b.m203(), b.m210(), b.m217(), b.m224(), b.m231(), b.m238(), b.m245(), b.m252(), b.m259(), b.m266(), b.m273(), b.m280(), b.m287(), b.m294()]))

print(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299)
xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299]
print(len(xs), xs[-1])
t = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299)
print(len(t), t[-1])
u0, u1, u2, u3, u4, u5, u6, u7, u8, u9, u10, u11, u12, u13, u14, u15, u16, u17, u18, u19, u20, u21, u22, u23, u24, u25, u26, u27, u28, u29, u30, u31, u32, u33, u34, u35, u36, u37, u38, u39, u40, u41, u42, u43, u44, u45, u46, u47, u48, u49, u50, u51, u52, u53, u54, u55, u56, u57, u58, u59, u60, u61, u62, u63, u64, u65, u66, u67, u68, u69, u70, u71, u72, u73, u74, u75, u76, u77, u78, u79, u80, u81, u82, u83, u84, u85, u86, u87, u88, u89, u90, u91, u92, u93, u94, u95, u96, u97, u98, u99, u100, u101, u102, u103, u104, u105, u106, u107, u108, u109, u110, u111, u112, u113, u114, u115, u116, u117, u118, u119, u120, u121, u122, u123, u124, u125, u126, u127, u128, u129, u130, u131, u132, u133, u134, u135, u136, u137, u138, u139, u140, u141, u142, u143, u144, u145, u146, u147, u148, u149, u150, u151, u152, u153, u154, u155, u156, u157, u158, u159, u160, u161, u162, u163, u164, u165, u166, u167, u168, u169, u170, u171, u172, u173, u174, u175, u176, u177, u178, u179, u180, u181, u182, u183, u184, u185, u186, u187, u188, u189, u190, u191, u192, u193, u194, u195, u196, u197, u198, u199, u200, u201, u202, u203, u204, u205, u206, u207, u208, u209, u210, u211, u212, u213, u214, u215, u216, u217, u218, u219, u220, u221, u222, u223, u224, u225, u226, u227, u228, u229, u230, u231, u232, u233, u234, u235, u236, u237, u238, u239, u240, u241, u242, u243, u244, u245, u246, u247, u248, u249, u250, u251, u252, u253, u254, u255, u256, u257, u258, u259, u260, u261, u262, u263, u264, u265, u266, u267, u268, u269, u270, u271, u272, u273, u274, u275, u276, u277, u278, u279, u280, u281, u282, u283, u284, u285, u286, u287, u288, u289, u290, u291, u292, u293, u294, u295, u296, u297, u298, u299 = xs
print(u0, u299)


def many_exits(k: int) -> int:
    try:
        if k == 0:
            return 0
        if k == 1:
            return 1
        if k == 2:
            return 2
        if k == 3:
            return 3
        if k == 4:
            return 4
        if k == 5:
            return 5
        if k == 6:
            return 6
        if k == 7:
            return 7
        if k == 8:
            return 8
        if k == 9:
            return 9
        if k == 10:
            return 10
        if k == 11:
            return 11
        if k == 12:
            return 12
        if k == 13:
            return 13
        if k == 14:
            return 14
        if k == 15:
            return 15
        if k == 16:
            return 16
        if k == 17:
            return 17
        if k == 18:
            return 18
        if k == 19:
            return 19
        if k == 20:
            return 20
        if k == 21:
            return 21
        if k == 22:
            return 22
        if k == 23:
            return 23
        if k == 24:
            return 24
        if k == 25:
            return 25
        if k == 26:
            return 26
        if k == 27:
            return 27
        if k == 28:
            return 28
        if k == 29:
            return 29
        if k == 30:
            return 30
        if k == 31:
            return 31
        if k == 32:
            return 32
        if k == 33:
            return 33
        if k == 34:
            return 34
        if k == 35:
            return 35
        if k == 36:
            return 36
        if k == 37:
            return 37
        if k == 38:
            return 38
        if k == 39:
            return 39
        raise ValueError(k)
    finally:
        print('finally', k)


print(many_exits(0), many_exits(39))
try:
    many_exits(99)
except ValueError as e:
    print('ValueError', e)


def captures() -> int:
    c0 = 0
    c1 = 1
    c2 = 2
    c3 = 3
    c4 = 4
    c5 = 5
    c6 = 6
    c7 = 7
    c8 = 8
    c9 = 9
    c10 = 10
    c11 = 11
    c12 = 12
    c13 = 13
    c14 = 14
    c15 = 15
    c16 = 16
    c17 = 17
    c18 = 18
    c19 = 19
    c20 = 20
    c21 = 21
    c22 = 22
    c23 = 23
    c24 = 24
    c25 = 25
    c26 = 26
    c27 = 27
    c28 = 28
    c29 = 29
    c30 = 30
    c31 = 31
    c32 = 32
    c33 = 33
    c34 = 34
    c35 = 35
    c36 = 36
    c37 = 37
    c38 = 38
    c39 = 39
    c40 = 40
    c41 = 41
    c42 = 42
    c43 = 43
    c44 = 44
    c45 = 45
    c46 = 46
    c47 = 47
    c48 = 48
    c49 = 49
    c50 = 50
    c51 = 51
    c52 = 52
    c53 = 53
    c54 = 54
    c55 = 55
    c56 = 56
    c57 = 57
    c58 = 58
    c59 = 59
    c60 = 60
    c61 = 61
    c62 = 62
    c63 = 63
    c64 = 64
    c65 = 65
    c66 = 66
    c67 = 67
    c68 = 68
    c69 = 69
    c70 = 70
    c71 = 71
    c72 = 72
    c73 = 73
    c74 = 74
    c75 = 75
    c76 = 76
    c77 = 77
    c78 = 78
    c79 = 79
    c80 = 80
    c81 = 81
    c82 = 82
    c83 = 83
    c84 = 84
    c85 = 85
    c86 = 86
    c87 = 87
    c88 = 88
    c89 = 89
    c90 = 90
    c91 = 91
    c92 = 92
    c93 = 93
    c94 = 94
    c95 = 95
    c96 = 96
    c97 = 97
    c98 = 98
    c99 = 99
    c100 = 100
    c101 = 101
    c102 = 102
    c103 = 103
    c104 = 104
    c105 = 105
    c106 = 106
    c107 = 107
    c108 = 108
    c109 = 109
    c110 = 110
    c111 = 111
    c112 = 112
    c113 = 113
    c114 = 114
    c115 = 115
    c116 = 116
    c117 = 117
    c118 = 118
    c119 = 119
    c120 = 120
    c121 = 121
    c122 = 122
    c123 = 123
    c124 = 124
    c125 = 125
    c126 = 126
    c127 = 127
    c128 = 128
    c129 = 129
    c130 = 130
    c131 = 131
    c132 = 132
    c133 = 133
    c134 = 134
    c135 = 135
    c136 = 136
    c137 = 137
    c138 = 138
    c139 = 139
    c140 = 140
    c141 = 141
    c142 = 142
    c143 = 143
    c144 = 144
    c145 = 145
    c146 = 146
    c147 = 147
    c148 = 148
    c149 = 149
    c150 = 150
    c151 = 151
    c152 = 152
    c153 = 153
    c154 = 154
    c155 = 155
    c156 = 156
    c157 = 157
    c158 = 158
    c159 = 159
    c160 = 160
    c161 = 161
    c162 = 162
    c163 = 163
    c164 = 164
    c165 = 165
    c166 = 166
    c167 = 167
    c168 = 168
    c169 = 169
    c170 = 170
    c171 = 171
    c172 = 172
    c173 = 173
    c174 = 174
    c175 = 175
    c176 = 176
    c177 = 177
    c178 = 178
    c179 = 179
    c180 = 180
    c181 = 181
    c182 = 182
    c183 = 183
    c184 = 184
    c185 = 185
    c186 = 186
    c187 = 187
    c188 = 188
    c189 = 189
    c190 = 190
    c191 = 191
    c192 = 192
    c193 = 193
    c194 = 194
    c195 = 195
    c196 = 196
    c197 = 197
    c198 = 198
    c199 = 199
    c200 = 200
    c201 = 201
    c202 = 202
    c203 = 203
    c204 = 204
    c205 = 205
    c206 = 206
    c207 = 207
    c208 = 208
    c209 = 209
    c210 = 210
    c211 = 211
    c212 = 212
    c213 = 213
    c214 = 214
    c215 = 215
    c216 = 216
    c217 = 217
    c218 = 218
    c219 = 219
    c220 = 220
    c221 = 221
    c222 = 222
    c223 = 223
    c224 = 224
    c225 = 225
    c226 = 226
    c227 = 227
    c228 = 228
    c229 = 229
    c230 = 230
    c231 = 231
    c232 = 232
    c233 = 233
    c234 = 234
    c235 = 235
    c236 = 236
    c237 = 237
    c238 = 238
    c239 = 239
    c240 = 240
    c241 = 241
    c242 = 242
    c243 = 243
    c244 = 244
    c245 = 245
    c246 = 246
    c247 = 247
    c248 = 248
    c249 = 249
    c250 = 250
    c251 = 251
    c252 = 252
    c253 = 253
    c254 = 254
    c255 = 255
    c256 = 256
    c257 = 257
    c258 = 258
    c259 = 259
    c260 = 260
    c261 = 261
    c262 = 262
    c263 = 263
    c264 = 264
    c265 = 265
    c266 = 266
    c267 = 267
    c268 = 268
    c269 = 269
    c270 = 270
    c271 = 271
    c272 = 272
    c273 = 273
    c274 = 274
    c275 = 275
    c276 = 276
    c277 = 277
    c278 = 278
    c279 = 279
    c280 = 280
    c281 = 281
    c282 = 282
    c283 = 283
    c284 = 284
    c285 = 285
    c286 = 286
    c287 = 287
    c288 = 288
    c289 = 289
    c290 = 290
    c291 = 291
    c292 = 292
    c293 = 293
    c294 = 294
    c295 = 295
    c296 = 296
    c297 = 297
    c298 = 298
    c299 = 299

    def inner() -> int:
        return c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11 + c12 + c13 + c14 + c15 + c16 + c17 + c18 + c19 + c20 + c21 + c22 + c23 + c24 + c25 + c26 + c27 + c28 + c29 + c30 + c31 + c32 + c33 + c34 + c35 + c36 + c37 + c38 + c39 + c40 + c41 + c42 + c43 + c44 + c45 + c46 + c47 + c48 + c49 + c50 + c51 + c52 + c53 + c54 + c55 + c56 + c57 + c58 + c59 + c60 + c61 + c62 + c63 + c64 + c65 + c66 + c67 + c68 + c69 + c70 + c71 + c72 + c73 + c74 + c75 + c76 + c77 + c78 + c79 + c80 + c81 + c82 + c83 + c84 + c85 + c86 + c87 + c88 + c89 + c90 + c91 + c92 + c93 + c94 + c95 + c96 + c97 + c98 + c99 + c100 + c101 + c102 + c103 + c104 + c105 + c106 + c107 + c108 + c109 + c110 + c111 + c112 + c113 + c114 + c115 + c116 + c117 + c118 + c119 + c120 + c121 + c122 + c123 + c124 + c125 + c126 + c127 + c128 + c129 + c130 + c131 + c132 + c133 + c134 + c135 + c136 + c137 + c138 + c139 + c140 + c141 + c142 + c143 + c144 + c145 + c146 + c147 + c148 + c149 + c150 + c151 + c152 + c153 + c154 + c155 + c156 + c157 + c158 + c159 + c160 + c161 + c162 + c163 + c164 + c165 + c166 + c167 + c168 + c169 + c170 + c171 + c172 + c173 + c174 + c175 + c176 + c177 + c178 + c179 + c180 + c181 + c182 + c183 + c184 + c185 + c186 + c187 + c188 + c189 + c190 + c191 + c192 + c193 + c194 + c195 + c196 + c197 + c198 + c199 + c200 + c201 + c202 + c203 + c204 + c205 + c206 + c207 + c208 + c209 + c210 + c211 + c212 + c213 + c214 + c215 + c216 + c217 + c218 + c219 + c220 + c221 + c222 + c223 + c224 + c225 + c226 + c227 + c228 + c229 + c230 + c231 + c232 + c233 + c234 + c235 + c236 + c237 + c238 + c239 + c240 + c241 + c242 + c243 + c244 + c245 + c246 + c247 + c248 + c249 + c250 + c251 + c252 + c253 + c254 + c255 + c256 + c257 + c258 + c259 + c260 + c261 + c262 + c263 + c264 + c265 + c266 + c267 + c268 + c269 + c270 + c271 + c272 + c273 + c274 + c275 + c276 + c277 + c278 + c279 + c280 + c281 + c282 + c283 + c284 + c285 + c286 + c287 + c288 + c289 + c290 + c291 + c292 + c293 + c294 + c295 + c296 + c297 + c298 + c299

    return inner()


print(captures())
